package de.fachtag.tenantconfig;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * One tenant (Mandant) as described by one YAML file: identity, address and contact,
 * branding, the legally required texts, funders, event series and the first admin account.
 *
 * <p>Besides what the file says, a loaded definition carries what the loader derived:
 * {@link #getSourceName()}, the logos' bytes, and {@link #getContentHash()}, a hex SHA-256
 * over the file and every logo it names. The importer stores the hash and skips a tenant
 * whose hash has not changed, which makes importing at every start idempotent. The setters
 * of derived values are package-private so that a tenant file cannot set them.
 */
public class TenantDefinition {

    /** {@code DE}, the Land, optionally a district: {@code DE-SN}, {@code DE-SN-MS}. */
    public static final String REGION_PATTERN = "^DE(-[A-Z0-9]{1,3}){1,2}$";

    /** The limit of the database column. */
    public static final int REGION_MAX_LENGTH = 40;

    @NotBlank(message = "must not be blank")
    @Slug
    private String slug;

    @NotBlank(message = "must not be blank")
    private String name;

    @NotNull(message = "must be one of DISTRICT, ASSOCIATION, MINISTRY")
    private TenantKind kind;

    /**
     * The region the tenant reports under, an ISO 3166-2 key: a Land ({@code DE-SN} Saxony,
     * {@code DE-ST} Saxony-Anhalt) or a district below it ({@code DE-SN-MS}); optional.
     */
    @Size(max = REGION_MAX_LENGTH, message = "must be at most 40 characters")
    @Pattern(
            regexp = REGION_PATTERN,
            message = "must be a region key like 'DE-SN' (ISO 3166-2: DE, a hyphen and the Land) or 'DE-SN-MS' for a"
                    + " district; capital letters and digits")
    private String region;

    @NotNull(message = "must not be missing")
    @Valid
    private Address address;

    @NotNull(message = "must not be missing")
    @Valid
    private Contact contact;

    @NotNull(message = "must not be missing")
    @Valid
    private Branding branding;

    /** Impressum. */
    @NotNull(message = "must not be missing")
    @Valid
    private LocalizedText imprint;

    /** Datenschutzerklärung, shown at {@code /t/{tenant}/privacy} and linked from every form. */
    @NotNull(message = "must not be missing")
    @Valid
    private LocalizedText privacyNotice;

    /** Erklärung zur Barrierefreiheit, shown at {@code /t/{tenant}/accessibility}. */
    @NotNull(message = "must not be missing")
    @Valid
    private AccessibilityStatement accessibility;

    @NotNull(message = "must be a list; write [] for none")
    @UniqueKeys(property = "key")
    private List<@NotNull(message = "must not be empty") @Valid FunderDefinition> funders = new ArrayList<>();

    @NotNull(message = "must be a list; write [] for none")
    @UniqueKeys(property = "slug")
    private List<@NotNull(message = "must not be empty") @Valid SeriesDefinition> series = new ArrayList<>();

    /** The controlled vocabulary of the tenant's results and recommendations (issue 13). */
    @NotNull(message = "must be a list; leave it out or write [] for none")
    @UniqueKeys(property = "key")
    private List<@NotNull(message = "must not be empty") @Valid KeywordDefinition> keywords = new ArrayList<>();

    @NotNull(message = "must not be missing")
    @Valid
    private AdminAccount admin;

    /**
     * The tenant's own host names ({@code veranstaltungen.landkreis.de}): a request for one of them
     * shows this tenant's public pages without the {@code /t/{tenant}} prefix. Unique on the platform.
     */
    @NotNull(message = "must be a list; write [] for none")
    @Size(max = 10, message = "must list at most 10 host names")
    private List<
                    @NotNull(message = "must not be empty")
                    @Pattern(
                            regexp = HostNames.NAME_PATTERN,
                            message =
                                    "must be a host name like veranstaltungen.example.de (lowercase, no scheme, port, path or"
                                            + " trailing dot)")
                    String>
            hosts = new ArrayList<>();

    /** Retention, sectors and embedding of the registration forms; defaults when missing. */
    @Valid
    private RegistrationRules registration = new RegistrationRules();

    /** The consent and acknowledgement texts of every registration form (events may replace a key). */
    @NotNull(message = "must be a list; write [] for none")
    @UniqueKeys(property = "key")
    private List<@NotNull(message = "must not be empty") @Valid ConsentDefinition> consents = new ArrayList<>();

    /** The tenant's own first paragraph of registration mails, per kind; the platform's text otherwise. */
    @NotNull(message = "must be a list; write [] for none")
    @UniqueKeys(property = "kind")
    private List<@NotNull(message = "must not be empty") @Valid MailTextDefinition> mailTexts = new ArrayList<>();

    private String sourceName;

    private String contentHash;

    public RegistrationRules getRegistration() {
        return registration;
    }

    public void setRegistration(RegistrationRules registration) {
        this.registration = registration == null ? new RegistrationRules() : registration;
    }

    public List<String> getHosts() {
        return hosts;
    }

    public void setHosts(List<String> hosts) {
        this.hosts = hosts;
    }

    public List<MailTextDefinition> getMailTexts() {
        return mailTexts;
    }

    public void setMailTexts(List<MailTextDefinition> mailTexts) {
        this.mailTexts = mailTexts;
    }

    public List<ConsentDefinition> getConsents() {
        return consents;
    }

    public void setConsents(List<ConsentDefinition> consents) {
        this.consents = consents;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TenantKind getKind() {
        return kind;
    }

    public void setKind(TenantKind kind) {
        this.kind = kind;
    }

    /** The ISO 3166-2 style region key, e.g. {@code DE-SN}; {@code null} when the file gives none. */
    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Address getAddress() {
        return address;
    }

    public void setAddress(Address address) {
        this.address = address;
    }

    public Contact getContact() {
        return contact;
    }

    public void setContact(Contact contact) {
        this.contact = contact;
    }

    public Branding getBranding() {
        return branding;
    }

    public void setBranding(Branding branding) {
        this.branding = branding;
    }

    public LocalizedText getImprint() {
        return imprint;
    }

    public void setImprint(LocalizedText imprint) {
        this.imprint = imprint;
    }

    public LocalizedText getPrivacyNotice() {
        return privacyNotice;
    }

    public void setPrivacyNotice(LocalizedText privacyNotice) {
        this.privacyNotice = privacyNotice;
    }

    public AccessibilityStatement getAccessibility() {
        return accessibility;
    }

    public void setAccessibility(AccessibilityStatement accessibility) {
        this.accessibility = accessibility;
    }

    public List<FunderDefinition> getFunders() {
        return funders;
    }

    public void setFunders(List<FunderDefinition> funders) {
        this.funders = funders;
    }

    public List<SeriesDefinition> getSeries() {
        return series;
    }

    public void setSeries(List<SeriesDefinition> series) {
        this.series = series;
    }

    public AdminAccount getAdmin() {
        return admin;
    }

    public void setAdmin(AdminAccount admin) {
        this.admin = admin;
    }

    /** File name the definition was loaded from, e.g. {@code mittelsachsen.yaml}. */
    public String getSourceName() {
        return sourceName;
    }

    void setSourceName(String sourceName) {
        this.sourceName = sourceName;
    }

    /**
     * Lower-case hex SHA-256 over the YAML bytes and the bytes of every logo the file names
     * (branding first, then funders in file order); equal bytes give an equal hash.
     */
    public String getContentHash() {
        return contentHash;
    }

    void setContentHash(String contentHash) {
        this.contentHash = contentHash;
    }

    @Override
    public String toString() {
        return "TenantDefinition[" + slug + " from " + sourceName + "]";
    }

    public List<KeywordDefinition> getKeywords() {
        return keywords;
    }

    public void setKeywords(List<KeywordDefinition> keywords) {
        this.keywords = keywords;
    }
}
