package org.trackwork.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

class TypedTextTest {

    @Test
    void anotherRecordAlwaysShowsItsStoredText() {
        StringProperty field = new SimpleStringProperty("typed for Ada");
        TypedText.refresh(field, false, "", "Bruno's notes");
        assertThat(field.get()).isEqualTo("Bruno's notes");
    }

    @Test
    void aReloadThatArrivesWhileTheUserTypesKeepsTheTyping() {
        StringProperty field = new SimpleStringProperty("We agreed on the focus, and on");
        TypedText.refresh(field, true, "", "We agreed on the focus");
        assertThat(field.get()).isEqualTo("We agreed on the focus, and on");
    }

    @Test
    void anUndoOrAnEditMadeElsewhereShowsWhenNothingWasTypedSince() {
        StringProperty field = new SimpleStringProperty("We agreed on the focus");
        TypedText.refresh(field, true, "We agreed on the focus", "");
        assertThat(field.get()).isEmpty();
    }

    @Test
    void anUnchangedRecordLeavesTheFieldAlone() {
        StringProperty field = new SimpleStringProperty("half-typed");
        TypedText.refresh(field, true, "stored", "stored");
        assertThat(field.get()).isEqualTo("half-typed");
    }
}
