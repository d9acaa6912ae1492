import '@shared/styles/widgets.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { HubApp } from './HubApp';
import { RatePage } from './RatePage';
import '@shared/styles/base.css';
import '@shared/styles/layout.css';
import '@shared/styles/components.css';
import '@shared/styles/forms.css';
import '../../../renderer/src/tracking/tracking.css';
import './hub.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      {/* A staff member's phone: no account, no provider pages, only the rating sheet. */}
      {window.location.pathname === '/rate' ? (
        <RatePage />
      ) : (
        <Router hook={useHashLocation}>
          <HubApp />
        </Router>
      )}
    </QueryClientProvider>
  </StrictMode>,
);
