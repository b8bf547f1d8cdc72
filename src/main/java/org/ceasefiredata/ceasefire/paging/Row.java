package org.ceasefiredata.ceasefire.paging;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.ceasefiredata.ceasefire.kernel.DatePrecision;
import org.ceasefiredata.ceasefire.kernel.PartialDate;

/** One row of a result, read by column label with the conversions the dataset needs. */
public final class Row {

    private final ResultSet rs;

    Row(ResultSet rs) {
        this.rs = rs;
    }

    public long id(String column) throws SQLException {
        return rs.getLong(column);
    }

    /** A nullable bigint. */
    public Long optionalId(String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public int integer(String column) throws SQLException {
        return rs.getInt(column);
    }

    public double decimal(String column) throws SQLException {
        return rs.getDouble(column);
    }

    /** A nullable integer. */
    public Integer optionalInteger(String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** A nullable double precision. */
    public Double optionalDecimal(String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    public boolean bool(String column) throws SQLException {
        return rs.getBoolean(column);
    }

    public String text(String column) throws SQLException {
        return rs.getString(column);
    }

    /**
     * A nullable date. Read as {@code LocalDate} directly: {@code getDate} goes through a {@code java.util.Calendar} per
     * value in the JDBC driver, which was a fifth of the CPU of an uncached deadline list (JFR, bench/peers.sh).
     */
    public LocalDate date(String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** A nullable timestamp with time zone. */
    public OffsetDateTime timestamp(String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }

    /** A constant stored as its name ({@code CO_CHAIR}), or null. */
    public <E extends Enum<E>> E constant(Class<E> type, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }

    /** The date stored in the four columns {@code prefix_value}, {@code _earliest}, {@code _latest}, {@code _precision}. */
    public PartialDate partialDate(String prefix) throws SQLException {
        String value = rs.getString(prefix + "_value");
        if (value == null) {
            return null;
        }
        return new PartialDate(value, date(prefix + "_earliest"), date(prefix + "_latest"),
                DatePrecision.valueOf(rs.getString(prefix + "_precision")));
    }

    /** A text array column. */
    public String[] texts(String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
