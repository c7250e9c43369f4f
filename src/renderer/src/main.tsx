import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { setupMonaco } from './monaco/setup';
import './styles/base.css';
import './styles/layout.css';
import './styles/outcome.css';
import './styles/question-list.css';
import './styles/question-view.css';
import './styles/study.css';
import './styles/review.css';

setupMonaco();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
