package com.servelink.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.bootstrap.e2e.RunningServer.Reply;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.servelink.bootstrap.e2e.Replies.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FAQ job through the running server: customers ask the same question in their words, staff
 * answer and write an internal note, the tickets are resolved, the operator runs
 * {@code propose_faq_drafts} through the admin API; staff find one draft naming those tickets,
 * written from the public answer only, never published; a second run writes nothing.
 */
abstract class FaqDraftsEndToEndTest extends DemoServerFixture {
    private static final String SUPPORT = "/api/support/my-team/tickets";
    private static final String ANSWER = "Les sauvegardes Quasar se restaurent depuis l'onglet Sauvegardes du projet :"
            + " choisissez la date puis Restaurer.";
    private static final String NOTE = "note interne : client en retard de paiement, carte 4242";

    private String solvedTicket(String subject, String description) {
        String id = ok(server.post(SUPPORT, member, "{\"subject\":\"" + subject + "\",\"description\":\""
                + description + "\",\"category\":\"technical\"}"), 201).get("id").asText();
        ok(server.post("/api/staff/tickets/" + id + "/messages", staff,
                "{\"message\":\"" + NOTE + "\",\"is_internal\":true}"), 201);
        ok(server.post("/api/staff/tickets/" + id + "/messages", staff, "{\"message\":\"" + ANSWER + "\"}"), 201);
        ok(server.patch(SUPPORT + "/" + id, member, "{\"status\":\"resolved\"}"), 200);
        return id;
    }

    @Test
    void solved_tickets_of_one_topic_become_one_draft_for_staff() {
        List<String> tickets = new ArrayList<>();
        tickets.add(solvedTicket("Restaurer une sauvegarde Quasar", "Comment restaurer la sauvegarde Quasar d'hier ?"
                + " Écrivez-moi à claire.martin@example.com"));
        tickets.add(solvedTicket("Sauvegarde Quasar : restauration impossible",
                "Je ne trouve pas comment restaurer une sauvegarde Quasar de mon projet."));
        tickets.add(solvedTicket("Restauration d'une sauvegarde Quasar",
                "Où restaurer la sauvegarde Quasar de la semaine dernière ?"));

        JsonNode run = ok(server.post("/api/admin/jobs/propose_faq_drafts/run", RunningServer.ADMIN_TOKEN, ""), 200);
        assertThat(run.path("job").asText()).isEqualTo("propose_faq_drafts");
        assertThat(run.path("affected").asInt()).isGreaterThanOrEqualTo(1);

        JsonNode drafts = ok(server.get("/api/staff/kb/articles?status=draft&limit=100", staff), 200);
        List<JsonNode> ours = new ArrayList<>();
        drafts.path("articles").forEach(article -> {
            if (article.path("source_tickets").toString().contains(tickets.get(0))) {
                ours.add(article);
            }
        });
        assertThat(ours).hasSize(1);
        JsonNode summary = ours.get(0);
        assertThat(summary.path("author").asText()).isEqualTo("propose_faq_drafts");
        assertThat(summary.path("status").asText()).isEqualTo("draft");
        List<String> sources = new ArrayList<>();
        summary.path("source_tickets").forEach(ticket -> sources.add(ticket.asText()));
        assertThat(sources).containsExactlyInAnyOrderElementsOf(tickets);
        assertThat(summary.path("language").asText()).isEqualTo("fr");

        JsonNode draft = ok(server.get("/api/staff/kb/articles/" + summary.path("id").asText(), staff), 200);
        assertThat(draft.path("body").asText()).contains("## Question").contains("onglet Sauvegardes")
                .doesNotContain("4242").doesNotContain("note interne").doesNotContain("claire.martin");
        assertThat(draft.path("title").asText()).containsIgnoringCase("sauvegarde");
        // customers never see a draft
        assertThat(server.get("/api/kb/articles/" + draft.path("slug").asText(), member).status()).isEqualTo(404);

        assertThat(ok(server.post("/api/admin/jobs/propose_faq_drafts/run", RunningServer.ADMIN_TOKEN, ""), 200)
                .path("affected").asInt()).as("second run").isZero();
    }
}
