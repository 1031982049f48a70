package com.servelink.adapter.persistence.system;

import com.servelink.adapter.persistence.tx.JpaTransactions;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Values the system generates once and then keeps in the database (the sandbox webhook
 * secret, the admin token's hash), so every node and every restart uses the same.
 */
public final class JpaSystemSettings {
    private final JpaTransactions tx;

    public JpaSystemSettings(JpaTransactions tx) {
        this.tx = tx;
    }

    public Optional<String> get(String name) {
        return tx.withEntityManager(em -> Optional.ofNullable(em.find(SystemSettingEntity.class, name))
                .map(e -> e.value));
    }

    /**
     * The stored value, or {@code generator}'s value stored now. Two nodes starting together
     * both end with the value that won the insert.
     */
    public String getOrCreate(String name, Supplier<String> generator) {
        Optional<String> existing = get(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return tx.inTransaction(() -> tx.withEntityManager(em -> {
                SystemSettingEntity entity = new SystemSettingEntity();
                entity.name = name;
                entity.value = generator.get();
                em.persist(entity);
                em.flush();
                return entity.value;
            }));
        } catch (RuntimeException lostTheRace) {
            return get(name).orElseThrow(() -> lostTheRace);
        }
    }

    public void put(String name, String value) {
        tx.inTransaction(() -> tx.withEntityManager(em -> {
            SystemSettingEntity entity = em.find(SystemSettingEntity.class, name);
            if (entity == null) {
                entity = new SystemSettingEntity();
                entity.name = name;
                entity.value = value;
                em.persist(entity);
            } else {
                entity.value = value;
            }
            return null;
        }));
    }
}
