/** Everything from outside is text: escaped before it reaches one of the sandbox's own pages. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
