import { createRoot } from 'react-dom/client';

// The baseline page: React mounting one heading, served the same way as the app.
createRoot(document.getElementById('root')!).render(<h1>Bare React page</h1>);
