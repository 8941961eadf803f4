import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { session } from './api.js';
import { Layout } from './components/Layout.js';
import { I18nProvider } from './i18n.js';
import { Login } from './pages/Login.js';
import { pageRoutes } from './routes.js';
import './styles.css';

function App() {
  const [signedIn, setSignedIn] = useState(() => session.active());
  useEffect(() => {
    const out = () => setSignedIn(false);
    window.addEventListener('kaikuan:signed-out', out);
    return () => window.removeEventListener('kaikuan:signed-out', out);
  }, []);
  if (!signedIn) return <Login onSignedIn={() => setSignedIn(true)} />;
  return (
    <Layout onSignedOut={() => setSignedIn(false)}>
      <Routes>
        {pageRoutes.map((r) => <Route key={r.path} path={r.path} element={r.element} />)}
        <Route path="*" element={pageRoutes[0].element} />
      </Routes>
    </Layout>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </I18nProvider>
  </StrictMode>,
);
