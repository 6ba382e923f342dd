package org.trackwork.store;

import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/**
 * The data source the migrations run on: every connection it gives distrusts the file's schema, as the workbook's
 * own connection does, so that nothing another program put into the file runs while Flyway works on it.
 */
final class UntrustedDataSource extends SQLiteDataSource {

    UntrustedDataSource(SQLiteConfig config, String url) {
        super(config);
        setUrl(url);
    }

    /** {@link SQLiteDataSource#getConnection()} comes here too. */
    @Override
    public SQLiteConnection getConnection(String username, String password) throws SQLException {
        return distrusted(super.getConnection(username, password));
    }

    private static SQLiteConnection distrusted(SQLiteConnection connection) throws SQLException {
        try {
            WorkbookChecks.distrust(connection);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }
}
