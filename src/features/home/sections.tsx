import type { HomeSection } from '@contracts/home';
import { NextActivityCard } from './activity-card';
import { BranchTodoCard } from './branch-todo-card';
import { CertificateCard } from './certificate-card';
import { HotlineCard } from './hotline-card';
import { OrgOverviewCard } from './org-overview-card';
import { PointsCard } from './points-card';
import { NearestStationCard } from './station-card';
import { StationTodayCard } from './station-today-card';

/** What this person needs now, one card per section the home call returned. */
export function HomeSections({ sections }: { sections: readonly HomeSection[] }) {
  return (
    <>
      {sections.map((s) => {
        switch (s.kind) {
          case 'nearestStation':
            return <NearestStationCard key={s.kind} station={s.station} byDistance={s.byDistance} />;
          case 'hotline':
            return <HotlineCard key={s.kind} name={s.name} number={s.number} note={s.note} />;
          case 'certificate':
            return <CertificateCard key={s.kind} reminder={s.reminder} />;
          case 'points':
            return <PointsCard key={s.kind} year={s.year} total={s.total} star={s.star} nextStar={s.nextStar} />;
          case 'nextActivity':
            return <NextActivityCard key={s.kind} activity={s.activity} />;
          case 'branchTodo':
            return <BranchTodoCard key={s.kind} claims={s.claims} joins={s.joins} toClose={s.toClose} firstToClose={s.firstToClose} />;
          case 'stationToday':
            return <StationTodayCard key={s.kind} stationName={s.stationName} statusLabel={s.statusLabel} waiting={s.waiting} served={s.served} waitlisted={s.waitlisted} next={s.next} />;
          case 'orgOverview':
            return <OrgOverviewCard key={s.kind} o={s} />;
        }
      })}
    </>
  );
}
