import { z } from 'zod';

// zod compiles object schemas with `new Function` when it may, and probes whether it may by trying one:
// the page's Content-Security-Policy (no 'unsafe-eval') refuses it and the browser reports a violation
// even though zod catches the throw. In the browser the schemas are small, so they run interpreted.
// Set here, before any page's module builds its schemas (the server keeps zod's compiled fast path).
z.config({ jitless: true });
