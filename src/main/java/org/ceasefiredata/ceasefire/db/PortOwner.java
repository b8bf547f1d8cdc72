package org.ceasefiredata.ceasefire.db;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Who holds the embedded server's port: nobody, this data directory's own PostgreSQL, or something else (another
 * checkout's PostgreSQL, or a program that is not PostgreSQL at all), so that the service never migrates and loads
 * its seeds into a server that is not its own (#11).
 * <p>
 * A server is this data directory's own when its cluster system identifier (a random number chosen by initdb) is the
 * one stored in the data directory's {@code global/pg_control}.
 */
final class PortOwner {

    /** The answers: free, ours, or held by someone else (with what was found there). */
    enum Kind {
        FREE, OWN, FOREIGN
    }

    record Finding(Kind kind, String description) {
    }

    private static final int CONNECT_MILLIS = 1_000;
    private static final int PROTOCOL_MILLIS = 2_000;
    /** PostgreSQL's SSLRequest code: a server answers it with one byte, 'S' or 'N', whatever its configuration. */
    private static final int SSL_REQUEST = 80877103;

    private PortOwner() {
    }

    /** Looks at {@code 127.0.0.1:port} and compares what answers there with {@code dataDir}; at most a few seconds. */
    static Finding of(int port, Path dataDir) {
        Boolean postgres = speaksPostgres(port);
        if (postgres == null) {
            return new Finding(Kind.FREE, "nothing listens");
        }
        if (!postgres) {
            return new Finding(Kind.FOREIGN, "address in use by a program that is not PostgreSQL");
        }
        Long own = systemIdentifier(dataDir);
        long theirs;
        try {
            theirs = serverSystemIdentifier(port);
        } catch (SQLException e) {
            return new Finding(Kind.FOREIGN, "address in use by a PostgreSQL server this service cannot identify ("
                    + e.getMessage() + ")");
        }
        if (own != null && own == theirs) {
            return new Finding(Kind.OWN, "this data directory's server (system identifier " + Long.toUnsignedString(theirs)
                    + ")");
        }
        return new Finding(Kind.FOREIGN, "address in use by another PostgreSQL server (system identifier "
                + Long.toUnsignedString(theirs) + ", not "
                + (own == null ? "this data directory's, which has no cluster yet" : Long.toUnsignedString(own)) + ")");
    }

    /**
     * Null when nothing accepts a connection on the port; true when what does answers PostgreSQL's SSLRequest.
     */
    static Boolean speaksPostgres(int port) {
        try (Socket socket = new Socket()) {
            try {
                socket.connect(new InetSocketAddress("127.0.0.1", port), CONNECT_MILLIS);
            } catch (IOException e) {
                return null;
            }
            socket.setSoTimeout(PROTOCOL_MILLIS);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.writeInt(8);
            out.writeInt(SSL_REQUEST);
            out.flush();
            InputStream in = socket.getInputStream();
            int answer = in.read();
            return answer == 'S' || answer == 'N';
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** The system identifier in {@code dataDir/global/pg_control} (its first field), or null if there is none. */
    static Long systemIdentifier(Path dataDir) {
        Path control = dataDir.resolve("global").resolve("pg_control");
        try {
            if (!Files.isRegularFile(control)) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(control);
            if (bytes.length < 8) {
                return null;
            }
            // Written in the machine's byte order by the server that runs here.
            return ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.nativeOrder()).getLong();
        } catch (IOException e) {
            return null;
        }
    }

    /** The system identifier of the server on {@code port}, asked with short timeouts. */
    static long serverSystemIdentifier(int port) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        props.setProperty("connectTimeout", "2");
        props.setProperty("loginTimeout", "3");
        props.setProperty("socketTimeout", "3");
        props.setProperty("sslmode", "disable");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", props);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select system_identifier from pg_control_system()")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
