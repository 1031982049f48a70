package com.servelink.domain.kb;

import com.servelink.domain.catalog.Language;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);

    private static Article draft() {
        return Article.draft(new ArticleId("art_1"), new ArticleSlug("reset-password"), "Reset a password",
                "Open **Settings**.", Language.EN, TicketCategory.TECHNICAL, "staff@servelink.test", T0);
    }

    @Test
    void a_new_article_is_a_draft_never_published() {
        Article article = draft();
        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(article.isPublished()).isFalse();
        assertThat(article.publishedAt()).isEmpty();
        assertThat(article.sourceTickets()).isEmpty();
        assertThat(article.createdAt()).isEqualTo(T0);
        assertThat(article.updatedAt()).isEqualTo(T0);
    }

    @Test
    void publishing_keeps_the_first_publication_instant() {
        Article article = draft();
        article.publish(T1);
        assertThat(article.isPublished()).isTrue();
        article.archive(T2);
        assertThat(article.status()).isEqualTo(ArticleStatus.ARCHIVED);
        article.publish(T2.plusSeconds(60));
        assertThat(article.publishedAt()).contains(T1);
        assertThat(article.updatedAt()).isEqualTo(T2.plusSeconds(60));
    }

    @Test
    void editing_a_published_article_keeps_it_published() {
        Article article = draft();
        article.publish(T1);
        article.edit(new ArticleSlug("reset-a-password"), "Reset your password", "New body", Language.EN,
                TicketCategory.OTHER, T2);
        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(article.slug().value()).isEqualTo("reset-a-password");
        assertThat(article.category()).isEqualTo(TicketCategory.OTHER);
        assertThat(article.updatedAt()).isEqualTo(T2);
    }

    @Test
    void an_archived_article_cannot_be_edited_or_archived_again() {
        Article article = draft();
        article.archive(T1);
        assertThatThrownBy(() -> article.edit(article.slug(), "t", "b", Language.FR, TicketCategory.OTHER, T2))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
        assertThatThrownBy(() -> article.archive(T2)).isInstanceOf(DomainException.class);
        assertThat(article.updatedAt()).isEqualTo(T1);
        article.unpublish(T2);
        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void a_draft_cannot_be_unpublished_nor_a_published_article_published_again() {
        Article article = draft();
        assertThatThrownBy(() -> article.unpublish(T1)).isInstanceOf(DomainException.class);
        article.publish(T1);
        assertThatThrownBy(() -> article.publish(T2)).isInstanceOf(DomainException.class);
        assertThat(article.updatedAt()).isEqualTo(T1);
    }

    @Test
    void title_and_body_are_required_and_bounded_and_a_refused_edit_changes_nothing() {
        Article article = draft();
        assertThatThrownBy(() -> article.edit(article.slug(), " ", "x".repeat(Article.BODY_MAX + 1), Language.EN,
                TicketCategory.TECHNICAL, T1))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(error -> error.field()).containsExactly("title", "body"));
        assertThat(article.title()).isEqualTo("Reset a password");
        assertThat(article.updatedAt()).isEqualTo(T0);
    }

    @Test
    void a_proposed_draft_names_its_tickets() {
        Article proposed = Article.proposedFrom(List.of(new TicketId("ticket_a"), new TicketId("ticket_b")),
                new ArticleId("art_2"), new ArticleSlug("dns-propagation"), "DNS", "body", Language.FR,
                TicketCategory.TECHNICAL, "propose_faq_drafts", T0);
        assertThat(proposed.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(proposed.sourceTickets()).extracting(TicketId::value).containsExactly("ticket_a", "ticket_b");
        assertThatThrownBy(() -> Article.proposedFrom(List.of(), new ArticleId("art_3"),
                new ArticleSlug("empty-group"), "t", "b", Language.FR, TicketCategory.OTHER, "job", T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "Upper", "double--hyphen", "-leading", "trailing-", "space here", "é-accent"})
    void malformed_slugs_are_refused(String slug) {
        assertThatThrownBy(() -> new ArticleSlug(slug)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.fieldErrors()).extracting(error -> error.field()).containsExactly("slug"));
    }

    @Test
    void a_slug_from_a_title_is_folded_and_fits() {
        assertThat(ArticleSlug.fromTitle("Problème de déploiement : « erreur 502 »", "article").value())
                .isEqualTo("probleme-de-deploiement-erreur-502");
        assertThat(ArticleSlug.fromTitle("!!", "article-x").value()).isEqualTo("article-x");
        String longTitle = "word ".repeat(40);
        ArticleSlug cut = ArticleSlug.fromTitle(longTitle, "article");
        assertThat(cut.value()).hasSizeLessThanOrEqualTo(ArticleSlug.MAX_LENGTH).doesNotEndWith("-");
        assertThat(cut.withSuffix(12).value()).hasSizeLessThanOrEqualTo(ArticleSlug.MAX_LENGTH).endsWith("-12");
    }

    @ParameterizedTest
    @EnumSource(ArticleStatus.class)
    void every_status_has_a_code_that_parses_back(ArticleStatus status) {
        assertThat(ArticleStatus.fromCode(status.code(), "status")).isEqualTo(status);
    }
}
