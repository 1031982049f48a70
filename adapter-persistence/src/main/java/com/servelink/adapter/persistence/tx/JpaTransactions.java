package com.servelink.adapter.persistence.tx;

import com.servelink.application.port.out.Transactions;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import com.servelink.application.port.out.StorageUnavailableException;
import org.hibernate.Session;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One database transaction per unit of work, bound to the calling thread so that every
 * repository called inside it shares it. Repositories called outside a unit of work get a
 * short transaction of their own. Lost optimistic-locking races and unique-key collisions become
 * {@link ErrorCode#CONFLICT}; an unreachable database becomes {@link StorageUnavailableException}.
 */
public final class JpaTransactions implements Transactions {
    private final EntityManagerFactory factory;
    private final DataSource dataSource;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    public JpaTransactions(EntityManagerFactory factory, DataSource dataSource) {
        this.factory = factory;
        this.dataSource = dataSource;
    }

    /** Plain JDBC work on one connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        EntityManager em;
        try {
            em = factory.createEntityManager();
        } catch (PersistenceException e) {
            throw translate(e);
        }
        current.set(em);
        try {
            em.getTransaction().begin();
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            rollbackQuietly(em);
            throw translate(e);
        } finally {
            current.remove();
            em.close();
        }
    }

    /**
     * Runs {@code work} in the current unit of work; outside one, as a plain autocommit read (one
     * round trip per statement, no BEGIN/COMMIT). Writes always go through {@link #inTransaction}.
     */
    public <T> T withEntityManager(Function<EntityManager, T> work) {
        EntityManager em = current.get();
        if (em != null) {
            return work.apply(em);
        }
        EntityManager reader;
        try {
            reader = factory.createEntityManager();
        } catch (PersistenceException e) {
            throw translate(e);
        }
        try {
            return work.apply(reader);
        } catch (RuntimeException e) {
            throw translate(e);
        } finally {
            reader.close();
        }
    }

    /**
     * Runs hand-written SQL: inside a unit of work on its connection (after flushing what it
     * changed, as Hibernate does before its own queries), outside one on a pooled connection in
     * autocommit. For the hottest reads, which need neither a session nor entities.
     */
    public <T> T withConnection(SqlWork<T> work) {
        EntityManager em = current.get();
        try {
            if (em != null) {
                Session session = em.unwrap(Session.class);
                session.flush();
                return session.doReturningWork(work::apply);
            }
            try (Connection connection = dataSource.getConnection()) {
                return work.apply(connection);
            }
        } catch (SQLException | RuntimeException e) {
            throw translate(e);
        }
    }

    private static void rollbackQuietly(EntityManager em) {
        try {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        } catch (RuntimeException ignored) {
            // the original failure is the one worth reporting
        }
    }

    /** One mapping for Hibernate's exceptions and the driver's own (from hand-written SQL). */
    static RuntimeException translate(Exception e) {
        if (e instanceof DomainException || e instanceof StorageUnavailableException) {
            return (RuntimeException) e;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException
                    || cause instanceof LockAcquisitionException) {
                return new DomainException(ErrorCode.CONFLICT, "the record was changed concurrently; retry");
            }
            if (cause instanceof ConstraintViolationException violation
                    && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return new DomainException(ErrorCode.CONFLICT, "a record with the same key already exists");
            }
            if (cause instanceof JDBCConnectionException || isConnectionFailure(cause)) {
                return new StorageUnavailableException(e);
            }
        }
        return e instanceof RuntimeException runtime ? runtime : new IllegalStateException("SQL failed: " + e.getMessage(), e);
    }

    /**
     * Class 08 (connection exception), and PostgreSQL's 57P01-57P03: the server terminated the
     * backend (an administrator, a restart, a failover) or is not accepting connections yet. The
     * pool evicts such a connection; the request is a 503, the next one gets a fresh connection.
     */
    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        String state = cause instanceof SQLException sql ? sql.getSQLState() : null;
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
