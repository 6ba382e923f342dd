package org.trackwork.service;

import java.util.UUID;
import org.trackwork.domain.Recognition;

/** Giving recognition and taking it back, each one edit that undo reverses. */
public final class RecognitionChange {

    private RecognitionChange() {
    }

    public static Edit give(String description, Recognition recognition) {
        return Edit.storing(description, recognition, workbook -> workbook.recognitions().find(recognition.id()),
                (workbook, r) -> workbook.recognitions().save(r),
                (workbook, r) -> workbook.recognitions().delete(r.id()));
    }

    /** Deletes a recognition; undo brings it back as it was stored. */
    public static Edit delete(String description, UUID recognitionId) {
        Recognition[] taken = new Recognition[1];
        return Edit.of(description, workbook -> {
            taken[0] = workbook.recognitions().find(recognitionId).orElse(null);
            workbook.recognitions().delete(recognitionId);
        }, workbook -> {
            if (taken[0] != null) {
                workbook.recognitions().save(taken[0]);
            }
        });
    }
}
