// What the benchmark's browser processes share (tests/bench/run-bench.mjs, tests/bench/trace-cold-start.mjs): Debian's
// Chromium with the flags of an offline machine, the window the app's cold start runs in, and the head account the
// bench page creates in the application's database.
export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** launchPersistentContext options of the app's cold start: an office screen, in Russian, in Almaty. */
export const APP_WINDOW = { executablePath, args, headless: true, viewport: { width: 1366, height: 850 }, locale: 'ru-RU', timezoneId: 'Asia/Almaty' };
/** The head the bench page creates in the application's database (passed to it in the URL). */
export const APP_HEAD = { login: 'bench.head', password: 'bench-password-2026' };
