import { startTestCloud, sdk } from './helpers';
(async () => {
  const c = await startTestCloud({ log: () => {}, indexesFile: '/tmp/scratch/idx.json' });

  const { db, _ } = sdk();
  const docs = Array.from({ length: 1500 }, (_v, i) => ({ _id: 'd' + i, a: 'x', date: String(1000 + i) }));
  c.db.insert('stationSlots', docs);
  try {
    const r = await db.collection('stationSlots').where({ stationId: 'x', serviceId: 'y', date: _.and(_.gte('1001'), _.lte('1003')) }).get();
    console.log('and ok', r.data.length);
  } catch (e) { console.log('and fail', String(e).slice(0, 300)); }
  try {
    const r = await db.collection('stationSlots').where({ stationId: 'x', serviceId: 'y', date: _.gte('1001').and(_.lte('1003')) }).get();
    console.log('chain ok', r.data.length);
  } catch (e) { console.log('chain fail', String(e).slice(0, 300)); }
  await c.close();
})();
