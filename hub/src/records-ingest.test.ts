import { beforeAll, describe, expect, it } from 'vitest';
import type { PublicationBody } from '../../contract/hub/publication';
import type { OverdueItem } from './provider-reads';
import {
  ADMIN_PASSWORD,
  enrolHome,
  HubClient,
  providerWithAdmin,
  publicationOf,
  publish,
} from '../test-support/hub-fixture';
import { useFreshHub } from '../test-support/use-fresh-hub';
import { postgresAvailable } from '../test-support/throwaway-postgres';

type Home = { homeId: string; credential: string };

const reg45 = (sentToOfstedOn: string | null): PublicationBody => ({
  kind: 'records.reg45',
  records: [
    {
      ref: 7,
      periodStart: '2025-04-01',
      periodEnd: '2025-09-30',
      completedOn: '2025-10-03',
      ofstedDueOn: '2025-10-31',
      sentToOfstedOn,
    },
  ],
});

const inspections = (
  metOn: string | null,
  text = 'Keep missing-from-care records complete',
): PublicationBody => ({
  kind: 'records.inspections',
  inspections: [
    {
      ref: 3,
      inspectedOn: '2025-06-10',
      type: 'full',
      experiencesAndProgress: 2,
      helpedAndProtected: 3,
      leadersAndManagers: 2,
      interimOutcome: null,
      requirements: [
        { ref: 11, regulation: 'Regulation 12', text, complyBy: '2025-08-01', metOn },
        { ref: 12, regulation: '', text: 'Not yet due', complyBy: '2099-01-01', metOn: null },
      ],
      recommendations: 2,
    },
  ],
});

const compliance: PublicationBody = {
  kind: 'records.compliance',
  dates: [
    { ref: 'own:4', title: 'Fire drill', lastDoneOn: '2025-01-01', nextDueOn: '2025-04-01' },
    { ref: 'builtin:gas', title: 'Gas safety check', lastDoneOn: '2025-11-01', nextDueOn: '2099-11-01' },
  ],
};

const figures: PublicationBody = {
  kind: 'figures.quarter',
  quarter: '2025-Q3',
  figures: { complaints: 2, missingEpisodes: 1, fteFilled: 7.5 },
};

describe.runIf(postgresAvailable())('records and figures from the homes', { timeout: 20_000 }, () => {
  const hub = useFreshHub();
  let admin: HubClient;
  let otherAdmin: HubClient;
  let commissioner: HubClient;
  let home: Home;
  let seq = 0;
  const send = (...bodies: PublicationBody[]) =>
    publish(
      hub(),
      home.credential,
      bodies.map((b) => publicationOf(home.homeId, ++seq, b)),
    );
  const overdue = async (client: HubClient) =>
    ((await client.call('GET', '/api/overdue')).json!.value as OverdueItem[]).filter(
      (i) => i.kind !== 'action',
    );

  beforeAll(async () => {
    ({ admin } = await providerWithAdmin(hub(), 'Oak Care'));
    ({ admin: otherAdmin } = await providerWithAdmin(hub(), 'Elm Care'));
    home = await enrolHome(hub(), admin, 'Willow House');
    await admin.call('POST', '/api/users', {
      email: 'commissioner@leeds.example',
      password: ADMIN_PASSWORD,
      role: 'commissioner',
      localAuthority: 'Leeds',
    });
    commissioner = new HubClient(hub().url);
    await commissioner.signIn('commissioner@leeds.example', ADMIN_PASSWORD);
  }, 60_000);

  it('lists an unsent Reg 45 report, an unmet Ofsted requirement and a passed compliance date as overdue', async () => {
    expect((await send(reg45(null), inspections(null), compliance, figures)).status).toBe(200);
    expect((await overdue(admin)).map((i) => [i.kind, i.title, i.dueOn])).toEqual([
      ['compliance', 'Fire drill', '2025-04-01'],
      ['ofsted_requirement', 'Regulation 12: Keep missing-from-care records complete', '2025-08-01'],
      ['reg45_report', 'Reg 45 review completed on 3 October 2025', '2025-10-31'],
    ]);
  });

  it('takes them off once the home sends the report, meets the requirement and does the drill', async () => {
    const done: PublicationBody = {
      kind: 'records.compliance',
      dates: [{ ref: 'own:4', title: 'Fire drill', lastDoneOn: '2025-11-20', nextDueOn: '2099-02-20' }],
    };
    await send(reg45('2025-10-20'), inspections('2025-07-30'), done);
    expect(await overdue(admin)).toEqual([]);
    const history = (await admin.call('GET', `/api/homes/${home.homeId}`)).json!.value as {
      reg45: { records: { sentToOfstedOn: string }[] };
      inspections: { inspections: { requirements: { metOn: string | null }[] }[] };
      compliance: { dates: unknown[] };
      figures: { quarter: string; figures: Record<string, number> }[];
    };
    expect(history.reg45.records[0]!.sentToOfstedOn).toBe('2025-10-20');
    expect(history.inspections.inspections[0]!.requirements[0]!.metOn).toBe('2025-07-30');
    // Sent whole: the gas check the home no longer holds is gone from the hub too.
    expect(history.compliance.dates).toHaveLength(1);
    expect(history.figures).toEqual([{ quarter: '2025-Q3', figures: figures.figures }]);
  });

  it('keeps SQL-looking text as text', async () => {
    const hostile = `x'); DROP TABLE home_records; --`;
    expect((await send(inspections(null, hostile))).status).toBe(200);
    expect((await overdue(admin)).map((i) => i.title)).toEqual([`Regulation 12: ${hostile}`]);
    expect(Number((await hub().pool.query('SELECT count(*) AS n FROM home_records')).rows[0].n)).toBe(3);
  });

  it('refuses malformed records and writes nothing', async () => {
    const before = (await hub().pool.query('SELECT last_applied_seq FROM homes WHERE id = $1', [home.homeId]))
      .rows[0].last_applied_seq as string;
    const bad: unknown[] = [
      {
        kind: 'records.reg45',
        records: [{ ...(reg45(null) as { records: object[] }).records[0], extra: 1 }],
      },
      {
        kind: 'records.compliance',
        dates: [{ ref: 'x', title: 'Drill', lastDoneOn: '2025-13-40', nextDueOn: null }],
      },
      { kind: 'figures.quarter', quarter: '2025-Q3', figures: { "x'; DROP TABLE homes; --": 1 } },
      { kind: 'figures.quarter', quarter: '2025-Q3', figures: { complaints: -1 } },
      {
        kind: 'records.compliance',
        dates: Array.from({ length: 1001 }, (_, i) => ({
          ref: `own:${i}`,
          title: 'D',
          lastDoneOn: null,
          nextDueOn: null,
        })),
      },
      { kind: 'records.unknown', anything: true },
    ];
    for (const body of bad) {
      const answer = await publish(hub(), home.credential, [
        { id: crypto.randomUUID(), seq: seq + 1, homeId: home.homeId, body },
      ]);
      expect(answer.status).toBe(400);
      expect(answer.json!.error!.message).toMatch(/Nothing was stored/);
    }
    const after = await hub().pool.query('SELECT last_applied_seq FROM homes WHERE id = $1', [home.homeId]);
    expect(after.rows[0].last_applied_seq).toBe(before);
  });

  it('shows figures, never records, to a commissioner of a sharing home; nothing to another provider', async () => {
    await send({ kind: 'home.sharing', localAuthority: 'Leeds' });
    const seen = (await commissioner.call('GET', `/api/homes/${home.homeId}`)).json!.value as {
      reg45: unknown;
      inspections: unknown;
      compliance: unknown;
      figures: unknown[];
    };
    expect(seen).toMatchObject({ reg45: null, inspections: null, compliance: null });
    expect(seen.figures).toHaveLength(1);
    expect(await overdue(commissioner)).toEqual([]);
    expect((await otherAdmin.call('GET', `/api/homes/${home.homeId}`)).status).toBe(404);
    expect(await overdue(otherAdmin)).toEqual([]);
  });
});
