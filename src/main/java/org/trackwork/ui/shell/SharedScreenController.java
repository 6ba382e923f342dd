package org.trackwork.ui.shell;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import org.trackwork.service.SharedPersonView;
import org.trackwork.ui.common.Messages;

/** Shows one crew member's shared content under the shared-screen banner. */
public final class SharedScreenController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);
    private final ShellViewModel viewModel;

    @FXML private Label banner;
    @FXML private Label sharedName;
    @FXML private Label sharedRole;
    @FXML private Label sharedStart;
    @FXML private Label sharedPart;

    public SharedScreenController(ShellViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        viewModel.sharedPersonProperty().addListener((observable, old, person) -> show(person));
        show(viewModel.sharedPersonProperty().get());
    }

    private void show(SharedPersonView person) {
        if (person == null) {
            // nothing of the last person stays in the scene graph once the mode is left
            for (Label label : new Label[] {banner, sharedName, sharedRole, sharedStart, sharedPart}) {
                label.setText("");
            }
            return;
        }
        banner.setText(Messages.get("shared.banner", person.name()));
        sharedName.setText(person.name());
        sharedRole.setText(person.role());
        sharedStart.setText(person.startDate() == null ? ""
                : Messages.get("shared.since", DATE.format(person.startDate())));
        sharedPart.setText(person.partInDestination().isBlank() ? Messages.get("shared.part.empty")
                : person.partInDestination());
    }

    @FXML
    private void leave() {
        viewModel.leaveSharedScreen();
    }
}
