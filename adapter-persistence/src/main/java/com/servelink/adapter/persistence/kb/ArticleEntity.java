package com.servelink.adapter.persistence.kb;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Row of {@code kb_article} with its source tickets. The search columns (PostgreSQL's
 * {@code search_vector}, H2's folded text) are not mapped: a trigger or the repository keeps them.
 */
@Entity
@Table(name = "kb_article")
public class ArticleEntity {
    @Id
    @Column(name = "id", length = 80)
    String id;

    @Column(name = "slug", nullable = false, length = 80)
    String slug;

    @Column(name = "title", nullable = false, length = 200)
    String title;

    @Column(name = "body", nullable = false, length = 100000)
    String body;

    @Column(name = "language", nullable = false, length = 2)
    String language;

    @Column(name = "category", nullable = false, length = 32)
    String category;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Column(name = "author", nullable = false, length = 320)
    String author;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "published_at")
    Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kb_article_source_ticket", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "ticket_id", nullable = false, length = 80)
    List<String> sourceTickets = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
