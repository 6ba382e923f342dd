package org.trackwork.service;

import java.nio.file.Path;
import java.util.UUID;
import org.trackwork.domain.Destination;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Quarter;
import org.trackwork.store.WorkbookFile;

/** A new workbook with a current destination and one goal of a quarter toward it, for tests of stations and cards. */
record OneGoalWorkbook(Workbook workbook, Goal goal) {

    static OneGoalWorkbook create(Path file, Quarter quarter) throws Exception {
        Workbook workbook = new Workbook(WorkbookFile.create(file));
        Destination destination = Destination.newCurrent("Self-service", "", "", null);
        workbook.destinations().save(destination);
        Goal goal = new Goal(UUID.randomUUID(), destination.id(), quarter, "Faster sign-up", "", null, 0);
        workbook.goals().save(goal);
        return new OneGoalWorkbook(workbook, goal);
    }
}
