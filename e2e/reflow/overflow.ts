import type { Page } from '@playwright/test';

/** What sticks out of the page sideways at the current width; null when the page fits. */
export interface Overflow {
  viewport: number;
  documentWidth: number;
  /** The elements that reach furthest right without a scrolling frame around them, widest first. */
  widest: string[];
}

/** Waits for two frames, so layout and any resize-driven re-render have happened. */
export function settled(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/**
 * Runs in the page. The document is wider than the window when scrollWidth exceeds clientWidth; the
 * culprits are the elements whose right edge is past the window and that no scrolling or clipping
 * frame contains (an absolutely positioned element escapes frames that are not its containing block,
 * which is how visually hidden text can stretch a page).
 */
function findOverflow(): Overflow | null {
  const root = document.documentElement;
  const viewport = root.clientWidth;
  if (root.scrollWidth <= viewport) return null;

  const framed = (element: Element): boolean => {
    let escapes = ['absolute', 'fixed'].includes(getComputedStyle(element).position);
    for (let p = element.parentElement; p && p !== document.body; p = p.parentElement) {
      const style = getComputedStyle(p);
      const containing = style.position !== 'static' || style.transform !== 'none';
      if (!escapes && style.overflowX !== 'visible') return true;
      if (escapes && containing) {
        escapes = false;
        if (style.overflowX !== 'visible') return true;
      }
      if (['absolute', 'fixed'].includes(style.position)) escapes = true;
    }
    return false;
  };
  const describe = (element: Element): string => {
    const id = element.id ? `#${element.id}` : '';
    const classes = [...element.classList].map((c) => `.${c}`).join('');
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    const right = Math.round(sticking.get(element) ?? element.getBoundingClientRect().right);
    const frame = element.parentElement?.closest('table, section, form, nav, header, footer, [id]');
    const where = frame
      ? ` in <${frame.tagName.toLowerCase()}${frame.id ? `#${frame.id}` : ''}${[...frame.classList].map((c) => `.${c}`).join('')}>`
      : '';
    return `<${element.tagName.toLowerCase()}${id}${classes}>${where} right edge ${right} px${text ? ` "${text}"` : ''}`;
  };

  // An unbreakable word sticks out of its element's box: measure the element's own text as well.
  const textRight = (element: Element): number => {
    if (getComputedStyle(element).overflowX !== 'visible') return -Infinity;
    let right = -Infinity;
    for (const node of element.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      right = Math.max(right, range.getBoundingClientRect().right);
    }
    return right;
  };

  const sticking = new Map<Element, number>();
  for (const element of document.body.querySelectorAll('*')) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const right = Math.max(rect.right, textRight(element));
    if (right > viewport + 1 && !framed(element)) sticking.set(element, right);
  }
  // Outermost first among equals: a table rather than its last cell.
  const inside = (element: Element, right: number) => {
    for (let p = element.parentElement; p; p = p.parentElement)
      if ((sticking.get(p) ?? -1) >= right) return true;
    return false;
  };
  const outermost = [...sticking].filter(([element, right]) => !inside(element, right));
  outermost.sort((a, b) => b[1] - a[1]);
  return {
    viewport,
    documentWidth: root.scrollWidth,
    widest: [...new Set(outermost.map(([element]) => describe(element)))].slice(0, 3),
  };
}

/** The page's sideways overflow at the current width, checked twice so a re-render in flight is not blamed. */
export async function overflowOf(page: Page): Promise<Overflow | null> {
  await settled(page);
  if ((await page.evaluate(findOverflow)) === null) return null;
  await settled(page);
  return page.evaluate(findOverflow);
}
