import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { RequestOf } from '../../shared/contract/channels';
import { composeHandout } from '../../shared/handout/compose';
import { handoutSourceFromSession } from '../../shared/handout/from-session';
import { defaultTemplate } from '../../shared/handout/template';
import { careSessionFixture, checkSample, clientFixture, writeRecords } from './care-fixtures';
import { openRoom } from './chromium';
import type { BenchModule } from './framework';
import { seededRandom } from './random';
import { median, percentile, round2 } from './stats';

const WARM_RUNS = 20;
const CLIENT_NAME = 'Marisol Okafor';

/** pdftotext (poppler-utils), when installed, to check the PDF really holds the handout. */
function pdfText(pdf: Buffer): string | null {
  try {
    return execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

export const handoutBenchmark: BenchModule = {
  id: 'handout',
  title: 'Handout from "save" to PDF',
  figures: ['first_handout_pdf_ms', 'handout_pdf_ms'],
  needsChannels: ['handout.pdf', 'handout.prepare'],
  async run(context) {
    const random = seededRandom(2024);
    const client = { ...clientFixture('c-handout', random, Date.now() - 60 * 86_400_000), name: CLIENT_NAME };
    const session = careSessionFixture('s-handout', client.id, Date.now() - 70 * 60_000, random);
    checkSample([client], [session]);
    // Browser mode as the app runs it, with its real printer (headless Debian Chromium, started as browser mode starts).
    const room = await openRoom(
      context,
      (dataDir) => {
        writeRecords(path.join(dataDir, 'clients'), [client]);
        writeRecords(path.join(dataDir, 'sessions'), [session]);
      },
      { printerReadyAtStart: true },
    );
    try {
      // The document the wrap-up screen writes from this session, as the therapist would save it.
      const source = handoutSourceFromSession(session, { language: 'en', clientName: client.name, therapist: 'Sam Therapist', clinic: { name: 'Quiet Hands Massage' } }, Date.now());
      const job: RequestOf<'handout.pdf'> = { sessionId: session.id, document: composeHandout(source, defaultTemplate), paper: 'a4', largePrint: false };
      const body = JSON.stringify(job);
      // "Save as PDF" in browser mode is this request: the contract over HTTP, the service, the printer, base64 back.
      const save = async (): Promise<{ ms: number; pdf: Buffer }> => {
        const started = performance.now();
        const response = await fetch(`http://127.0.0.1:${room.mode.port}/api/invoke/handout.pdf`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${room.mode.token}` },
          body,
        });
        const envelope = (await response.json()) as { ok: boolean; value?: { pdfBase64: string }; error?: { message: string } };
        if (!envelope.ok || !envelope.value) throw new Error(`The handout was not made: ${envelope.error?.message ?? response.status}`);
        const pdf = Buffer.from(envelope.value.pdfBase64, 'base64');
        const ms = performance.now() - started;
        if (pdf.subarray(0, 5).toString() !== '%PDF-' || !pdf.subarray(-1024).toString('latin1').includes('%%EOF')) {
          throw new Error('The handout came back, but not as a complete PDF.');
        }
        return { ms, pdf };
      };
      // As a therapist does: the room loads, they open the Handout screen, and save once it shows.
      await room.page.goto(room.url, { waitUntil: 'load' });
      await room.page.getByRole('navigation', { name: 'Stillpoint' }).getByRole('button', { name: 'Handout' }).click();
      await room.page.getByRole('tab', { name: 'Write a handout' }).waitFor();
      const cold = await save();
      const text = pdfText(cold.pdf);
      if (text !== null && !text.includes(CLIENT_NAME)) throw new Error("The PDF does not hold the client's name.");
      const warm: number[] = [];
      for (let run = 0; run < WARM_RUNS; run += 1) warm.push((await save()).ms);
      const given = await room.mode.backend.handle('handout.given', { sessionId: session.id });
      const noted = given.ok ? (given.value as unknown[]).length : 0;
      if (noted !== WARM_RUNS + 1) throw new Error(`The session noted ${noted} handouts given, not ${WARM_RUNS + 1}.`);
      context.log(`handout: 1 cold and ${WARM_RUNS} warm PDFs`);
      return {
        figures: { first_handout_pdf_ms: round2(cold.ms), handout_pdf_ms: round2(median(warm)) },
        repetitions: WARM_RUNS,
        details: {
          warm_p90_ms: round2(percentile(warm, 90)),
          warm_max_ms: round2(Math.max(...warm)),
          pdf_kb: round2(cold.pdf.length / 1000),
          pdf_text_checked: text !== null,
          note: "first = the first handout after start, saved as soon as the Handout screen shows (browser mode starts the printer's Chromium as it starts)",
        },
      };
    } finally {
      await room.close();
    }
  },
};
