import type { FrameworkDomain } from '@contract/framework';

export interface MissingItem {
  message: string;
  /** The domain the item is about, to link to its step. */
  domainKey?: string;
  /** A field on the summary page the item is about. */
  fieldId?: string;
}

const SUMMARY_FIELDS: [RegExp, string][] = [
  [/strengths/i, 'summary-strengths'],
  [/areas to improve/i, 'summary-improvements'],
  [/overall judgement/i, 'overall-judgement'],
];

/** Ties each thing the app says is missing to where it can be put right, when the wording says. */
export function linkMissingItems(details: string[], domains: FrameworkDomain[]): MissingItem[] {
  return details.map((message) => {
    const domain = domains.find((d) => message.startsWith(`${d.title}:`));
    if (domain) return { message, domainKey: domain.key };
    if (message.startsWith('Summary:')) {
      const field = SUMMARY_FIELDS.find(([pattern]) => pattern.test(message));
      return { message, fieldId: field?.[1] };
    }
    return { message };
  });
}
