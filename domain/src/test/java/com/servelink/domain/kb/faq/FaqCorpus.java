package com.servelink.domain.kb.faq;

import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The FAQ job's fixed test corpus (issue 16): 200 solved tickets generated from a fixed seed, in
 * six known topics of 45, 40, 35, 25, 20 and 2 tickets, and 33 tickets of noise, each about
 * something no other ticket is about. Customers write the same question in their own words
 * (several phrasings, filler sentences, typos left out), some with personal data in them (e-mail
 * addresses, API tokens, a link with a secret) that a draft must never copy; support answers
 * with one of two or three replies per topic, some addressed to the customer by e-mail, and
 * writes internal notes that are not part of a {@link SolvedTicket} at all.
 * Shared through the domain's test-jar: the persistence tests measure trigram similarity on it.
 */
public final class FaqCorpus {
    public static final Instant NOW = Instant.parse("2026-12-07T00:00:00Z");
    public static final int SIZE = 200;
    /** The topic of noise tickets in {@link Labelled#topic()}. */
    public static final int NOISE = -1;
    public static final List<Integer> TOPIC_SIZES = List.of(45, 40, 35, 25, 20, 2);
    /** The personal data the generator slips into customers' and agents' words. */
    public static final List<String> PERSONAL_DATA = List.of("jean.dupont@example.com", "ops+billing@acme-corp.io",
            "sk_live_51HxQmK2eZvKYlo2CabcdEFGH", "tok_9f8e7d6c5b4a39281706", "whsec_Zk3Qm9pL2xR7tY4uW1vB",
            "https://admin:hunter2@panel.example.net/login", "https://api.example.com/hook?token=abc123def456",
            "+33 6 12 34 56 78", "FR76 3000 6000 0112 3456 7890 189");

    /** A ticket and the topic it was generated from ({@link #NOISE} for noise). */
    public record Labelled(SolvedTicket ticket, int topic) {
    }

    private record Topic(TicketCategory category, List<String> subjects, List<String> questions,
                         List<String> replies) {
    }

    private static final List<Topic> TOPICS = List.of(
            new Topic(TicketCategory.TECHNICAL,
                    List.of("Mon domaine ne résout pas", "Nom de domaine introuvable après changement DNS",
                            "Le domaine personnalisé ne pointe pas vers mon site", "DNS : domaine inaccessible",
                            "Propagation DNS de mon domaine bloquée"),
                    List.of("J'ai ajouté mon domaine personnalisé mais il ne résout toujours pas, l'enregistrement DNS CNAME semble ignoré.",
                            "Depuis que j'ai changé les serveurs DNS, le domaine affiche une erreur de résolution.",
                            "Le domaine renvoie NXDOMAIN alors que l'enregistrement CNAME est configuré chez mon registraire.",
                            "La propagation DNS du domaine dure depuis deux jours, le CNAME ne pointe pas vers nos serveurs."),
                    List.of("Vérifiez que l'enregistrement CNAME pointe vers edge.servelink.eu et attendez la fin de la propagation DNS (jusqu'à 24 h).",
                            "Le domaine doit avoir un enregistrement CNAME vers edge.servelink.eu ; supprimez l'ancien enregistrement A puis videz le cache DNS.")),
            new Topic(TicketCategory.TECHNICAL,
                    List.of("SSL certificate renewal failed", "Certificate expired on my custom domain",
                            "HTTPS certificate not renewed", "Let's Encrypt certificate error",
                            "Browser warns the SSL certificate is invalid"),
                    List.of("The SSL certificate of our custom domain expired and the automatic renewal failed with an ACME challenge error.",
                            "Visitors see a certificate warning: the HTTPS certificate was not renewed this month.",
                            "Let's Encrypt renewal keeps failing for the certificate, the ACME HTTP challenge returns 404.",
                            "Our certificate expired yesterday, the renewal of the SSL certificate did not happen."),
                    List.of("Certificate renewal needs the ACME HTTP challenge to reach us: remove the redirect on /.well-known/acme-challenge and the certificate renews within an hour.",
                            "The renewal failed because a CAA record forbids Let's Encrypt; add a CAA record for letsencrypt.org and we renew the certificate.")),
            new Topic(TicketCategory.BUG_REPORT,
                    List.of("Déploiement échoue : mémoire insuffisante", "Build tué pendant le déploiement",
                            "Erreur out of memory au build", "Le build de déploiement plante (OOM)",
                            "Déploiement impossible, le build manque de mémoire"),
                    List.of("Chaque déploiement échoue pendant le build avec l'erreur JavaScript heap out of memory.",
                            "Le build est tué (code 137) au milieu du déploiement, la mémoire du conteneur de build semble trop faible.",
                            "Le déploiement s'arrête pendant npm run build : mémoire insuffisante, processus tué.",
                            "Depuis hier nos déploiements plantent au build, le log indique un manque de mémoire."),
                    List.of("Le build manque de mémoire : ajoutez NODE_OPTIONS=--max-old-space-size=1536 dans les variables du projet, ou une extension RAM pour le build.",
                            "Le conteneur de build a 2 Go ; une option RAM supplémentaire augmente la mémoire du build et le déploiement passe.")),
            new Topic(TicketCategory.BILLING,
                    List.of("Card declined when buying an add-on", "Payment refused for extra storage",
                            "Cannot pay for the RAM add-on", "Checkout says my card was declined",
                            "Add-on purchase fails at payment"),
                    List.of("When I try to buy the storage add-on the payment is declined by the checkout page although the card works elsewhere.",
                            "The card is declined at checkout for the RAM add-on; the bank says nothing was blocked.",
                            "Payment for the add-on fails with card declined, 3-D Secure window never appears.",
                            "Our company card gets declined when purchasing an add-on."),
                    List.of("Declined payments at checkout usually come from 3-D Secure: enable online payments for the card with your bank and retry the add-on purchase.",
                            "The bank declined the card for this merchant; ask them to allow payments to Servelink, then buy the add-on again from the add-ons page.")),
            new Topic(TicketCategory.TECHNICAL,
                    List.of("Database connection limit reached", "Too many connections to PostgreSQL",
                            "App fails with too many database connections", "Connection pool exhausted on our database",
                            "PostgreSQL refuses new connections"),
                    List.of("Our app logs FATAL too many connections for role, the database connection limit is reached at peak.",
                            "PostgreSQL refuses connections under load: remaining connection slots are reserved.",
                            "The connection pool of the app is exhausted, the database hits its maximum connections.",
                            "Since the last deploy the database rejects new connections, too many clients already."),
                    List.of("Each worker opens its own pool: lower the pool size per worker so the total stays under the plan's connection limit, or add a connection pooler.",
                            "Your plan allows 20 database connections; set the pool size to 5 for each of the 4 workers and the errors stop.")),
            new Topic(TicketCategory.OTHER,
                    List.of("E-mail de réinitialisation du mot de passe jamais reçu", "Pas reçu le lien de réinitialisation"),
                    List.of("Je ne reçois pas l'e-mail pour réinitialiser le mot de passe de mon compte.",
                            "Le lien de réinitialisation du mot de passe n'arrive pas dans ma boîte."),
                    List.of("Regardez dans les courriers indésirables ; le lien de réinitialisation expire au bout d'une heure.")));

    private static final List<String> NOISE_SUBJECTS = List.of(
            "Export RGPD des données personnelles", "Feature request: dark mode for the console",
            "Can we get an invoice in German", "Question sur le fuseau horaire des cron",
            "Webhook signature uses SHA-1?", "Supprimer un membre de l'équipe", "Rename our team slug",
            "Accessibilité du tableau de bord au lecteur d'écran", "IPv6 support for outbound traffic",
            "Limite de taille des uploads", "Status page subscription by SMS", "Traduction italienne de l'interface",
            "Terraform provider roadmap", "Sauvegarde hors site vers S3", "Moving from Heroku: buildpacks",
            "Compte étudiant gratuit", "Logs retention period", "Adresse de facturation au Luxembourg",
            "Websocket idle timeout", "Changer la langue des e-mails", "Carbon footprint of the datacentre",
            "Recrutement : stage chez vous", "Custom 404 page", "Migration de Gandi vers vous",
            "Rate limit headers documentation", "Deux facteurs par clé matérielle", "Python 3.13 runtime availability",
            "Partenariat agence web", "Cron job overlapping runs", "Horaires du support le dimanche",
            "GraphQL endpoint for the API", "Image Docker privée depuis GitLab", "Trial extension for a hackathon");

    private FaqCorpus() {
    }

    public static List<Labelled> tickets() {
        Random random = new Random(16);
        List<Labelled> corpus = new ArrayList<>();
        int sequence = 0;
        for (int t = 0; t < TOPIC_SIZES.size(); t++) {
            Topic topic = TOPICS.get(t);
            for (int i = 0; i < TOPIC_SIZES.get(t); i++) {
                String subject = pick(topic.subjects(), random);
                String question = pick(topic.questions(), random);
                if (random.nextInt(4) == 0) {
                    question += " " + (t % 2 == 0 ? "Contact : " : "Reach me at ")
                            + pick(PERSONAL_DATA, random) + ".";
                }
                List<String> replies = new ArrayList<>();
                if (random.nextInt(3) == 0) {
                    replies.add(t % 2 == 0 ? "Nous regardons, merci de votre patience." : "We are looking into it.");
                }
                String reply = pick(topic.replies(), random);
                if (random.nextInt(5) == 0) {
                    reply = (t % 2 == 0 ? "Bonjour (copie à " : "Hello (copy to ") + pick(PERSONAL_DATA, random)
                            + "), " + reply;
                }
                replies.add(reply);
                corpus.add(new Labelled(ticket(sequence++, topic.category(), subject, question, replies, random), t));
            }
        }
        for (String subject : NOISE_SUBJECTS) {
            corpus.add(new Labelled(ticket(sequence++, TicketCategory.OTHER, subject,
                    subject + " ? " + (random.nextBoolean() ? "Merci d'avance." : "Thanks in advance."),
                    List.of(random.nextBoolean() ? "Bonne question, c'est noté." : "Good question, noted."), random),
                    NOISE));
        }
        if (corpus.size() != SIZE) {
            throw new IllegalStateException("the corpus has " + corpus.size() + " tickets");
        }
        // the order the database would give (by resolution), not the topics' order
        java.util.Collections.shuffle(corpus, random);
        return corpus;
    }

    public static List<SolvedTicket> solvedTickets() {
        return tickets().stream().map(Labelled::ticket).toList();
    }

    private static SolvedTicket ticket(int sequence, TicketCategory category, String subject, String question,
                                       List<String> replies, Random random) {
        Instant resolved = NOW.minusSeconds(3600L * (1 + random.nextInt(24 * 85)));
        return new SolvedTicket(new TicketId(String.format("ticket_faq%03d", sequence)), category, subject,
                question, replies, resolved);
    }

    private static String pick(List<String> choices, Random random) {
        return choices.get(random.nextInt(choices.size()));
    }
}
