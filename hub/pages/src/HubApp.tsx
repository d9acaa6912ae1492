import { handler } from '@shared/lib/background';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, Route, Switch } from 'wouter';
import { AccountPage } from './AccountPage';
import { Admin } from './Admin';
import { ChangePassword } from './ChangePassword';
import { HomeHistoryPage } from './HomeHistoryPage';
import { HomesOverTime } from './HomesOverTime';
import { hubApi, HubRequestError, type Me } from './hubFetch';
import { Overdue } from './Overdue';
import { Problem } from './Problem';
import { SignIn } from './SignIn';

function Header({ me, onSignOut }: { me: Me | null; onSignOut: () => void }) {
  return (
    <header className="header">
      <div className="header__bar width-container">
        <p className="header__identity">
          <span className="header__app">Hallmarks provider hub</span>
        </p>
      </div>
      {me && (
        <nav className="main-nav" aria-label="Hub">
          <ul className="main-nav__list width-container">
            {!me.mustChangePassword && (
              <li className="main-nav__item">
                <Link className="main-nav__link" href="/">
                  Homes over time
                </Link>
              </li>
            )}
            {me.role !== 'commissioner' && !me.mustChangePassword && (
              <li className="main-nav__item">
                <Link className="main-nav__link" href="/overdue">
                  Overdue
                </Link>
              </li>
            )}
            {me.role === 'provider_admin' && !me.mustChangePassword && (
              <li className="main-nav__item">
                <Link className="main-nav__link" href="/admin">
                  Homes and people
                </Link>
              </li>
            )}
            {!me.mustChangePassword && (
              <li className="main-nav__item">
                <Link className="main-nav__link" href="/account">
                  Your account
                </Link>
              </li>
            )}
            <li className="main-nav__item">
              <button type="button" className="button button--secondary" onClick={onSignOut}>
                Sign out
              </button>
            </li>
          </ul>
        </nav>
      )}
    </header>
  );
}

export function HubApp() {
  const queryClient = useQueryClient();
  const me = useQuery({
    queryKey: ['me'],
    queryFn: async (): Promise<Me | null> => {
      try {
        return await hubApi.me();
      } catch (error) {
        if (error instanceof HubRequestError && error.status === 401) return null;
        throw error;
      }
    },
  });
  const signedIn = me.data ?? null;
  const signOut = async () => {
    await hubApi.signOut();
    queryClient.clear();
    queryClient.setQueryData(['me'], null);
  };
  return (
    <div className="page">
      <Header me={signedIn} onSignOut={handler(signOut)} />
      <main className="main width-container" id="main-content" tabIndex={-1}>
        {me.error ? (
          <Problem error={me.error} />
        ) : me.isPending ? (
          <p role="status">Loading…</p>
        ) : !signedIn ? (
          <SignIn onSignedIn={(who) => queryClient.setQueryData(['me'], who)} />
        ) : signedIn.mustChangePassword ? (
          <ChangePassword
            onChanged={() => queryClient.setQueryData(['me'], { ...signedIn, mustChangePassword: false })}
          />
        ) : (
          <Switch>
            <Route path="/">
              <HomesOverTime />
            </Route>
            <Route path="/overdue">
              <Overdue />
            </Route>
            <Route path="/admin">
              <Admin me={signedIn} />
            </Route>
            <Route path="/account">
              <AccountPage me={signedIn} />
            </Route>
            <Route path="/homes/:id">{(params) => <HomeHistoryPage id={params.id} />}</Route>
            <Route>
              <h1 className="heading-xl">Page not found</h1>
            </Route>
          </Switch>
        )}
      </main>
    </div>
  );
}
