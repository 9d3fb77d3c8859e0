import { Drawer, Menu } from 'antd';
import type { MenuProps } from 'antd';
import { ReactNode } from 'react';

export interface NavDrawerProps {
  open: boolean;
  onClose: () => void;
  title: string;
  label: string;
  items: MenuProps['items'];
  selectedKeys: string[];
  account?: ReactNode;
}

/** The navigation at phone width (its own chunk: desktop never loads the drawer). */
export default function NavDrawer({ open, onClose, title, label, items, selectedKeys, account }: NavDrawerProps) {
  return (
    <Drawer open={open} onClose={onClose} title={title} placement="right" size={300}>
      <nav aria-label={label}>
        <Menu mode="inline" selectedKeys={selectedKeys} items={items} />
      </nav>
      <div style={{ marginTop: 16 }}>{account}</div>
    </Drawer>
  );
}
