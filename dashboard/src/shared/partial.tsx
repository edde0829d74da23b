import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import { useT } from '../i18n/context';

/** Subgraphs the gateway named as missing (`extensions.serviceName`) in one or more answers. */
export function missingServices(...errors: Array<ErrorLike | undefined>): string[] {
  const names = new Set<string>();
  for (const error of errors) {
    if (!CombinedGraphQLErrors.is(error)) continue;
    for (const e of error.errors) {
      const name = (e.extensions as { serviceName?: unknown } | undefined)?.serviceName;
      if (typeof name === 'string') names.add(name);
    }
  }
  return [...names].sort();
}

/** Other errors than a missing department: the reader is told, with the gateway's message. */
export function otherErrors(...errors: Array<ErrorLike | undefined>): string[] {
  const messages = new Set<string>();
  for (const error of errors) {
    if (!error) continue;
    if (!CombinedGraphQLErrors.is(error)) messages.add(error.message);
    else for (const e of error.errors) if (!(e.extensions as { serviceName?: unknown } | undefined)?.serviceName) messages.add(e.message);
  }
  return [...messages];
}

/** The notice shown when part of an answer is missing because a department's system is down. */
export function PartialNotice({ errors }: { errors: Array<ErrorLike | undefined> }) {
  const t = useT();
  const services = missingServices(...errors);
  const others = otherErrors(...errors);
  return (
    <>
      {services.length > 0 && (
        <div className="notice notice-partial" role="status" data-missing={services.join(',')}>
          {t.missing(services.map((s) => t.department[s] ?? s).join('; '))}
        </div>
      )}
      {others.length > 0 && (
        <div className="notice notice-error" role="alert">
          {t.error}: {others.join(' · ')}
        </div>
      )}
    </>
  );
}
