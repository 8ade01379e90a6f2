/** An e-mail address or phone number shown without giving it away: "r***@contoh.test", "+62812*****001". */
export function maskRecipient(recipient: string): string {
  const at = recipient.indexOf("@");
  if (at > 0) return `${recipient[0]}***${recipient.slice(at)}`;
  return recipient.length > 8 ? `${recipient.slice(0, 6)}${"*".repeat(recipient.length - 9)}${recipient.slice(-3)}` : "***";
}
