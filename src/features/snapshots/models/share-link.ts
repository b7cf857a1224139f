/** The public link in full: the server answers a path (`/s/<token>`), people need the whole address. */
export function absoluteLink(url: string, origin: string): string {
  return new URL(url, origin).href;
}

/** WhatsApp's share address: the message (title, then the link) for the person to pick a chat. */
export function whatsappHref(title: string, link: string): string {
  return `https://wa.me/?text=${encodeURIComponent(`${title}\n${link}`)}`;
}
