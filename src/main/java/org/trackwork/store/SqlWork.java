package org.trackwork.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on the workbook's connection, run inside one transaction. */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
