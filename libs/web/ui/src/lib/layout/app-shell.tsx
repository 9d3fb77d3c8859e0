import { MenuOutlined } from '@ant-design/icons';
import { Button, Grid, Layout, Menu, Typography } from 'antd';
import { lazy, ReactNode, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LanguageSwitch } from './language-switch';

const NavDrawer = lazy(() => import('./nav-drawer'));

export interface NavItem {
  path: string;
  /** A key of the app's catalogue: the item's label. */
  labelKey: string;
}

export interface AppShellProps {
  /** The app's name, already translated. */
  title: string;
  nav: NavItem[];
  /** Right of the language switch: the sign-in button. */
  account?: ReactNode;
  children: ReactNode;
}

/**
 * The frame of every web app: a skip link, the app name, the main navigation (a drawer at phone
 * width), the language switch and the account slot, the page in <main>, and the source line.
 */
export function AppShell({ title, nav, account, children }: AppShellProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const narrow = !screens.lg;
  const selected = nav.filter((item) => item.path === location.pathname || (item.path !== '/' && location.pathname.startsWith(item.path))).map((i) => i.path);
  const items = nav.map((item) => ({ key: item.path, label: <Link to={item.path} onClick={() => setDrawerOpen(false)}>{t(item.labelKey)}</Link> }));
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="fhk-skip-link" href="#main">
        {t('common:app.skipToContent')}
      </a>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, background: '#fff', padding: '0 16px', borderBottom: '1px solid #e5e5e5', height: 'auto', minHeight: 64, lineHeight: 'normal' }}>
        <Link
          to="/"
          style={{ color: 'inherit', fontWeight: 600, fontSize: narrow ? 15 : 17, lineHeight: 1.3, whiteSpace: narrow ? 'normal' : 'nowrap', flex: narrow ? '1 1 auto' : undefined, minWidth: 0 }}
        >
          {title}
        </Link>
        {narrow ? null : (
          <nav aria-label={t('common:app.mainNavigation')} style={{ flex: 1, minWidth: 0 }}>
            {/* No "…" overflow menu (its hidden items stay focusable, an axe failure): items wrap instead. */}
            <Menu mode="horizontal" disabledOverflow selectedKeys={selected} items={items} style={{ flex: 1, minWidth: 0, borderBottom: 'none', flexWrap: 'wrap', lineHeight: '62px' }} />
          </nav>
        )}
        <LanguageSwitch />
        {!narrow && account}
        {narrow && (
          <Button aria-label={t('common:app.openMenu')} aria-expanded={drawerOpen} onClick={() => setDrawerOpen(true)}>
            <MenuOutlined aria-hidden />
          </Button>
        )}
      </Layout.Header>
      {narrow && drawerOpen && (
        <Suspense fallback={null}>
          <NavDrawer
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title={title}
            label={t('common:app.mainNavigation')}
            items={items}
            selectedKeys={selected}
            account={account}
          />
        </Suspense>
      )}
      <Layout.Content id="main" tabIndex={-1} style={{ padding: narrow ? '16px 12px' : '24px 32px', maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        {children}
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', padding: '16px' }}>
        <Typography.Text type="secondary">{t('common:app.footer')}</Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
