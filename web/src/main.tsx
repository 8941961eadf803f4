import { StrictMode, Suspense, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { session } from './api.js';
import { Layout } from './components/Layout.js';
import { Loading } from './components/Status.js';
import { I18nProvider } from './i18n.js';
import { Login } from './pages/Login.js';
import { pageRoutes } from './routes.js';
import './styles.css';

const Home = pageRoutes[0].Page;

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
      {/* A page's chunk arrives on first visit; until then the page shows the same 加载中… as its data does. */}
      <Suspense fallback={<Loading />}>
        <Routes>
          {pageRoutes.map(({ path, Page }) => <Route key={path} path={path} element={<Page />} />)}
          <Route path="*" element={<Home />} />
        </Routes>
      </Suspense>
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
