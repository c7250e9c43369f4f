import { ActiveRunIndicator } from './ActiveRunIndicator';
import '../styles/desktop.css';

export type DesktopScreen = 'studies' | 'models' | 'run' | 'settings';

const LINKS: { screen: DesktopScreen; label: string; href: string }[] = [
  { screen: 'studies', label: 'Studies', href: '#/' },
  { screen: 'models', label: 'Models', href: '#/models' },
  { screen: 'run', label: 'Run', href: '#/run' },
  { screen: 'settings', label: 'Settings', href: '#/settings' },
];

/** Links to the app's screens, and the state of a running sweep. */
export function ScreenNav({ current }: { current: DesktopScreen }) {
  return (
    <nav className="screen-nav" aria-label="Screens">
      {LINKS.map((l) => (
        <a key={l.screen} href={l.href} className="screen-nav__link" aria-current={current === l.screen ? 'page' : undefined} data-testid={`nav-${l.screen}`}>
          {l.label}
        </a>
      ))}
      <ActiveRunIndicator />
    </nav>
  );
}
