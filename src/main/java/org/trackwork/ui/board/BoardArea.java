package org.trackwork.ui.board;

import java.util.List;
import java.util.Set;
import javafx.scene.Parent;
import org.trackwork.ui.common.Area;
import org.trackwork.ui.common.MenuAction;
import org.trackwork.ui.common.Target;
import org.trackwork.ui.common.View;
import org.trackwork.ui.common.WorkbookSession;

/** The track: the board of the chosen quarter, where the manager lays track. */
public final class BoardArea implements Area {

    private final BoardViewModel viewModel;
    private final BoardController board;
    private final Parent view;

    public BoardArea(WorkbookSession session) {
        this.viewModel = new BoardViewModel(session);
        this.board = new BoardController(viewModel);
        this.view = View.BOARD.load(board, new CardEditorController(viewModel));
    }

    @Override
    public String name() {
        return "track";
    }

    @Override
    public String titleKey() {
        return "area.track";
    }

    @Override
    public String menuKey() {
        return "menu.track";
    }

    @Override
    public String icon() {
        return "fth-columns";
    }

    @Override
    public Parent view() {
        return view;
    }

    @Override
    public List<MenuAction> menu() {
        return List.of(
                MenuAction.of("addCardItem", "menu.track.addCard", "Shortcut+Shift+C", board::addCard),
                MenuAction.of("closeQuarterItem", "menu.track.closeQuarter", "Shortcut+Shift+Q", board::closeQuarter));
    }

    @Override
    public Set<Target.Kind> opens() {
        return Set.of(Target.Kind.TASK);
    }

    @Override
    public void open(Target target) {
        viewModel.openWhenShown(target.id());
    }
}
