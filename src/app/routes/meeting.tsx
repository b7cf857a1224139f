import { useEffect } from 'react';
import { useMessages } from '@/lib/i18n/define-messages';
import { useLang } from '@/lib/i18n/use-t';
import { MeetingDeck } from '@/features/meeting/components/meeting-deck';
import { meetingMessages } from '@/features/meeting/messages';

/** /rapat: the meeting deck, full screen, outside the site's header, navigation and footer. */
export function MeetingRoute() {
  const lang = useLang();
  const m = useMessages(meetingMessages);
  // Outside AppLayout, so the deck keeps <html lang> and the tab title itself.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = m.documentTitle;
  }, [lang, m]);
  return <MeetingDeck />;
}
