package com.servelink.adapter.persistence.benchmark;

import com.servelink.adapter.persistence.config.Database;
import com.servelink.adapter.persistence.config.DatabaseSettings;
import com.servelink.adapter.persistence.kb.JpaArticleRepository;
import com.servelink.application.port.out.ArticleRepository.Match;
import com.servelink.domain.catalog.Language;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntSupplier;

/**
 * Measures the help centre's search and suggestions of issue 16 on PostgreSQL: 10,000 published
 * articles, half French and half English, titles of 4 to 8 words and bodies of 80 to 200 words:
 * 15 % from a vocabulary of 80 support words per language (each in about a quarter of the
 * articles, as "déploiement" would be), a third stop words, the rest from 3,000 rarer made-up
 * words. Prints the median and p95 of the search box (every word, one language or
 * both) and of the new-ticket suggestions (any word of a subject and a description, 5 results);
 * the target is under 10 ms median. Not a test: run it with {@code scripts/bench-kb.sh}; figures
 * in {@code docs/benchmarks.md}.
 */
public final class KbBenchmark {
    private static final int ARTICLES = 10_000;
    private static final int RUNS = 300;
    private static final long SEED = 16;

    private static final List<String> FRENCH = List.of("déploiement", "échoue", "application", "serveur",
            "facture", "paiement", "carte", "domaine", "certificat", "mémoire", "processeur", "trafic", "stockage",
            "sauvegarde", "restauration", "base", "données", "journaux", "variables", "environnement", "équipe",
            "membre", "invitation", "jeton", "accès", "limite", "offre", "ressource", "redémarrage", "erreur",
            "lenteur", "connexion", "réseau", "adresse", "enregistrement", "propagation", "construction", "image",
            "branche", "dépôt", "secret", "clé", "mot", "passe", "compte", "facturation", "remboursement", "litige",
            "abonnement", "renouvellement", "expiration", "quota", "alerte", "notification", "courriel", "webhook",
            "signature", "requête", "réponse", "délai", "disponibilité", "panne", "maintenance", "migration",
            "version", "mise", "jour", "configuration", "paramètre", "console", "tableau", "bord", "statistiques",
            "consommation", "projet", "site", "statique", "dynamique", "conteneur", "processus", "port", "santé");
    private static final List<String> ENGLISH = List.of("deployment", "fails", "application", "server", "invoice",
            "payment", "card", "domain", "certificate", "memory", "processor", "traffic", "storage", "backup",
            "restore", "database", "data", "logs", "variables", "environment", "team", "member", "invitation",
            "token", "access", "limit", "plan", "resource", "restart", "error", "slowness", "connection", "network",
            "address", "record", "propagation", "build", "image", "branch", "repository", "secret", "key",
            "password", "account", "billing", "refund", "dispute", "subscription", "renewal", "expiry", "quota",
            "alert", "notification", "email", "webhook", "signature", "request", "response", "timeout",
            "availability", "outage", "maintenance", "migration", "version", "update", "configuration", "setting",
            "console", "dashboard", "statistics", "usage", "project", "site", "static", "dynamic", "container",
            "process", "port", "health", "deploying", "deployed", "invoices");
    private static final List<String> FILLER_FR = List.of("le", "la", "les", "de", "des", "un", "une", "et", "pour",
            "avec", "dans", "sur", "votre", "vous", "est", "pas", "plus", "quand", "puis");
    private static final List<String> FILLER_EN = List.of("the", "a", "an", "and", "for", "with", "in", "on",
            "your", "you", "is", "not", "more", "when", "then", "to", "of");

    public static void main(String[] args) throws Exception {
        String url = Optional.ofNullable(System.getenv("SERVELINK_TEST_PG_URL"))
                .orElse("jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        String schema = "bench_kb_" + System.currentTimeMillis();
        try (Database db = Database.start(new DatabaseSettings(url, null, null, 4, Optional.of(schema)),
                Clock.systemUTC())) {
            long loadStarted = System.nanoTime();
            load(db);
            System.out.printf("loaded %,d published articles in %.1f s%n", ARTICLES,
                    (System.nanoTime() - loadStarted) / 1e9);
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                 java.sql.ResultSet sizes = s.executeQuery("select pg_size_pretty(pg_total_relation_size('kb_article')),"
                         + " pg_size_pretty(pg_total_relation_size('kb_article_term')), (select count(*) from kb_article_term)")) {
                sizes.next();
                System.out.printf("kb_article %s, kb_article_term %s (%,d postings)%n", sizes.getString(1),
                        sizes.getString(2), sizes.getLong(3));
            }
            JpaArticleRepository articles = db.articles();
            Random random = new Random(SEED);
            measure("search, one common word, both languages", () -> articles.searchPublished(
                    pick(random, random.nextBoolean() ? FRENCH : ENGLISH), Optional.empty(), Match.ALL, 20).size());
            measure("search, two words, one language", () -> {
                boolean french = random.nextBoolean();
                List<String> words = french ? FRENCH : ENGLISH;
                return articles.searchPublished(pick(random, words) + " " + pick(random, words),
                        Optional.of(french ? Language.FR : Language.EN), Match.ALL, 20).size();
            });
            measure("search, accents and plural (\"déploiements\")", () -> articles.searchPublished("déploiements",
                    Optional.of(Language.FR), Match.ALL, 20).size());
            measure("suggest, subject and 30-word description", () -> {
                List<String> words = random.nextBoolean() ? FRENCH : ENGLISH;
                String subject = sentence(random, words, 5, List.of());
                String description = sentence(random, words, 30, words == FRENCH ? FILLER_FR : FILLER_EN);
                return articles.searchPublished(subject + " " + description, Optional.empty(), Match.ANY, 5).size();
            });
            measure("suggest, subject only (typing)", () -> articles.searchPublished(
                    sentence(random, random.nextBoolean() ? FRENCH : ENGLISH, 3, List.of()), Optional.empty(),
                    Match.ANY, 5).size());
        } finally {
            if (System.getenv("BENCH_KEEP_SCHEMA") != null) {
                System.out.println("kept schema " + schema); // for EXPLAIN ANALYZE by hand
                return;
            }
            try (Connection c = java.sql.DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    private static final List<String> RARE = rare();

    /** 3,000 pronounceable made-up words: the long tail of a real help centre's vocabulary. */
    private static List<String> rare() {
        String[] syllables = {"ba", "ce", "di", "fo", "gu", "la", "me", "ni", "po", "ru", "sa", "te", "vi", "zo",
                "tra", "pli", "gro", "ster", "mon", "quel"};
        List<String> words = new java.util.ArrayList<>();
        Random random = new Random(SEED + 1);
        while (words.size() < 3_000) {
            StringBuilder word = new StringBuilder();
            for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
                word.append(syllables[random.nextInt(syllables.length)]);
            }
            if (!words.contains(word.toString())) {
                words.add(word.toString());
            }
        }
        return words;
    }

    private static String body(Random random, List<String> words, List<String> filler, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int roll = random.nextInt(100);
            text.append(i > 0 ? " " : "").append(roll < 15 ? pick(random, words) : roll < 48 ? pick(random, filler)
                    : pick(random, RARE));
        }
        return text.toString();
    }

    private static String sentence(Random random, List<String> words, int length, List<String> filler) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(i > 0 ? " " : "").append(!filler.isEmpty() && random.nextInt(3) == 0 ? pick(random, filler)
                    : pick(random, words));
        }
        return text.toString();
    }

    private static void measure(String name, IntSupplier query) {
        for (int i = 0; i < RUNS / 4; i++) {
            query.getAsInt();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            query.getAsInt();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-48s median %7.2f ms   p95 %7.2f ms   (%d runs, load average %.1f)%n", name,
                millis[RUNS / 2], millis[RUNS * 95 / 100], RUNS,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** 10,000 published articles in batches; the trigger of V17 computes each search vector. */
    private static void load(Database db) throws Exception {
        Random random = new Random(SEED);
        OffsetDateTime at = Instant.parse("2026-01-01T00:00:00Z").atOffset(ZoneOffset.UTC);
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into kb_article (id, slug, title, body,"
                    + " language, category, status, author, created_at, updated_at, published_at, version)"
                    + " values (?, ?, ?, ?, ?, 'technical', 'published', 'bench', ?, ?, ?, 0)")) {
                for (int i = 0; i < ARTICLES; i++) {
                    boolean french = i % 2 == 0;
                    List<String> words = french ? FRENCH : ENGLISH;
                    List<String> filler = french ? FILLER_FR : FILLER_EN;
                    OffsetDateTime created = at.plusMinutes(i);
                    insert.setString(1, "art_bench" + i);
                    insert.setString(2, "bench-" + i);
                    insert.setString(3, sentence(random, words, 2, List.of()) + " " + body(random, words, filler,
                            2 + random.nextInt(5)));
                    insert.setString(4, body(random, words, filler, 80 + random.nextInt(121)));
                    insert.setString(5, french ? "fr" : "en");
                    insert.setObject(6, created);
                    insert.setObject(7, created);
                    insert.setObject(8, created);
                    insert.addBatch();
                    if (i % 500 == 499) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("vacuum analyze kb_article, kb_article_term"); // after a bulk load, as autovacuum would
            }
        }
    }
}
