/**
 * The id of the page's data block (a `<script type="application/json">`, which never runs) holding the
 * start-up data the main process rendered the first screen from (shell-shared/first-screen.ts): the page
 * hydrates that HTML with the same data. A file of its own, so the page's first script carries nothing else.
 */
export const FIRST_SCREEN_DATA_ID = 'hallmarks-first-screen';
