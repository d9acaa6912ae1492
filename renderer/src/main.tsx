import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { captureBrowserKey } from './api/browserKey';
import { createQueryClient } from './api/queryClient';
import { prefetchStartupData } from './api/startupPrefetch';
import { App } from './App';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/forms.css';
import './styles/tracking.css';

if (!window.hallmarks) captureBrowserKey();

const queryClient = createQueryClient();
prefetchStartupData(queryClient, window.location.hash);
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <Router hook={useHashLocation}>
        <App />
      </Router>
    </QueryClientProvider>
  </StrictMode>,
);
