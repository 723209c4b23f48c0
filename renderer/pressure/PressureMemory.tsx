import type { RegionMemory } from '../../shared/pressure/memory';

/** What this client liked on earlier visits, and where that has been shifting. */
export function PressureMemory({ memory }: { memory: RegionMemory[] }) {
  if (memory.length === 0) return null;
  return (
    <section className="pressure-memory" aria-labelledby="memory-heading">
      <h2 id="memory-heading">Pressure last time</h2>
      <ul>
        {memory.map((region) => (
          <li key={region.region}>
            {region.text}
            {region.change ? <span className="pressure-memory__change"> · {region.change}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
