import { createContext, useContext } from 'react';
import { MESSAGES, type Lang, type Messages } from './messages';

export const LangContext = createContext<Lang>('vi');

export function useT(): Messages & { lang: Lang } {
  const lang = useContext(LangContext);
  return { ...MESSAGES[lang], lang };
}
