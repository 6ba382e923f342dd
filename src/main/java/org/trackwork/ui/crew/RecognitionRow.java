package org.trackwork.ui.crew;

import org.trackwork.domain.Recognition;

/** One recognition as the Recognition tab lists it: the record, its date as text, and its goal's title if any. */
public record RecognitionRow(Recognition recognition, String dateText, String what, String goalTitle) {
}
