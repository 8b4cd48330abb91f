import { act, fireEvent } from '@testing-library/react';

/**
 * Types digits into an MUI X date (or date-time) field the way the keyboard does: a click focuses its first section
 * (`first`, a spinbutton), then each key lands in the focused section — day, month, year, hours, minutes — and the
 * field moves on by itself.
 */
export async function typeIntoSections(first: HTMLElement, digits: string): Promise<void> {
  await act(async () => {
    first.focus();
    fireEvent.click(first);
    await Promise.resolve();
  });
  for (const key of digits) {
    const section = document.activeElement as HTMLElement;
    await act(async () => {
      section.textContent = key;
      fireEvent.input(section);
      await Promise.resolve();
    });
  }
}
