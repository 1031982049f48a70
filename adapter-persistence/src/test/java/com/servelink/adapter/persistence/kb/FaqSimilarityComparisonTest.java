package com.servelink.adapter.persistence.kb;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.domain.kb.faq.FaqCorpus;
import com.servelink.domain.kb.faq.FaqDrafts;
import com.servelink.domain.kb.faq.GroupingQuality;
import com.servelink.domain.kb.faq.PersonalData;
import com.servelink.domain.kb.faq.SimilarityGroups;
import com.servelink.domain.kb.faq.SolvedTicket;
import com.servelink.domain.kb.faq.TfIdf;
import com.servelink.domain.shared.SearchText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measurement behind decision 236: the FAQ job's grouping with TF-IDF cosine similarity (in
 * Java) against PostgreSQL's trigram similarity ({@code pg_trgm}'s {@code similarity()}, on the
 * same scrubbed and folded text), both through the same {@link SimilarityGroups}, over a sweep
 * of thresholds on the fixed corpus. Printed for {@code docs/decisions.md}; asserted so that the
 * decision is checked again whenever the corpus or the grouping changes: TF-IDF's best pairwise
 * F1 is at least trigram's, and the job's threshold sits inside a range of TF-IDF thresholds
 * that find exactly the five topics of three tickets or more.
 */
@EnabledIfEnvironmentVariable(named = DatabaseFixture.PG_URL_VARIABLE, matches = ".+",
        disabledReason = "SERVELINK_TEST_PG_URL is not set: trigram similarity is not measured")
class FaqSimilarityComparisonTest {
    private record Sweep(double threshold, GroupingQuality quality, long groupsOfThree) {
    }

    @Test
    void tf_idf_groups_the_corpus_at_least_as_well_as_trigram_similarity() throws SQLException {
        List<FaqCorpus.Labelled> corpus = new ArrayList<>(FaqCorpus.tickets());
        corpus.sort(Comparator.comparing((FaqCorpus.Labelled l) -> l.ticket().resolvedAt())
                .thenComparing(l -> l.ticket().id().value()));
        List<SolvedTicket> tickets = corpus.stream().map(FaqCorpus.Labelled::ticket).toList();
        int[] topicOf = corpus.stream().mapToInt(FaqCorpus.Labelled::topic).toArray();
        int n = tickets.size();

        TfIdf tfIdf = new TfIdf(tickets.stream().map(SolvedTicket::terms).toList());
        double[][] trigram = trigramMatrix(tickets);

        List<Sweep> tfIdfSweep = sweep(n, tfIdf::between, topicOf);
        List<Sweep> trigramSweep = sweep(n, (a, b) -> trigram[a][b], topicOf);
        System.out.println("threshold | TF-IDF cosine: P R F1 (groups >= 3) | trigram: P R F1 (groups >= 3)");
        for (int i = 0; i < tfIdfSweep.size(); i++) {
            Sweep t = tfIdfSweep.get(i);
            Sweep g = trigramSweep.get(i);
            System.out.printf(Locale.ROOT, "%.3f | %s (%d) | %s (%d)%n", t.threshold(), t.quality(), t.groupsOfThree(),
                    g.quality(), g.groupsOfThree());
        }
        Sweep bestTfIdf = best(tfIdfSweep);
        Sweep bestTrigram = best(trigramSweep);
        System.out.println("best TF-IDF " + bestTfIdf + "; best trigram " + bestTrigram);

        assertThat(bestTfIdf.quality().f1()).isGreaterThanOrEqualTo(bestTrigram.quality().f1());
        List<Double> exact = tfIdfSweep.stream().filter(s -> s.groupsOfThree() == 5 && s.quality().f1() > 0.99)
                .map(Sweep::threshold).toList();
        assertThat(exact).isNotEmpty();
        assertThat(FaqDrafts.GROUP_THRESHOLD).isBetween(exact.get(0), exact.get(exact.size() - 1));
    }

    private static Sweep best(List<Sweep> sweep) {
        return sweep.stream().max(Comparator.comparingDouble(s -> s.quality().f1())).orElseThrow();
    }

    private static List<Sweep> sweep(int n, com.servelink.domain.kb.faq.Similarity similarity, int[] topicOf) {
        List<Sweep> sweep = new ArrayList<>();
        for (int step = 1; step <= 20; step++) {
            double threshold = step * 0.025;
            List<List<Integer>> groups = SimilarityGroups.of(n, similarity, threshold, 2);
            sweep.add(new Sweep(threshold, GroupingQuality.of(groups, topicOf),
                    groups.stream().filter(group -> group.size() >= FaqDrafts.MIN_TICKETS).count()));
        }
        return sweep;
    }

    /** Every pair's {@code similarity()} in one statement over a temporary table of the texts. */
    private static double[][] trigramMatrix(List<SolvedTicket> tickets) throws SQLException {
        double[][] matrix = new double[tickets.size()][tickets.size()];
        try (Connection connection = DriverManager.getConnection(System.getenv(DatabaseFixture.PG_URL_VARIABLE))) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create extension if not exists pg_trgm with schema public");
                statement.execute("create temporary table faq_corpus (i integer primary key, body text not null)");
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into faq_corpus values (?, ?)")) {
                for (int i = 0; i < tickets.size(); i++) {
                    SolvedTicket ticket = tickets.get(i);
                    insert.setInt(1, i);
                    insert.setString(2, SearchText.fold(PersonalData.scrub(ticket.subject()) + " "
                            + PersonalData.scrub(ticket.description())));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("select a.i, b.i, public.similarity(a.body, b.body)"
                         + " from faq_corpus a join faq_corpus b on a.i < b.i")) {
                while (row.next()) {
                    double value = row.getDouble(3);
                    matrix[row.getInt(1)][row.getInt(2)] = value;
                    matrix[row.getInt(2)][row.getInt(1)] = value;
                }
            }
        }
        for (int i = 0; i < matrix.length; i++) {
            matrix[i][i] = 1;
        }
        return matrix;
    }
}
