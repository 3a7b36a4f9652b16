package de.fachtag.tenant;

import de.fachtag.tenancy.TenantScoped;
import de.fachtag.tenantconfig.ColourContrast;
import de.fachtag.tenantconfig.HostNames;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A tenant admin's edits of the tenant's public face. */
@Stateless
@TenantScoped
public class TenantSettingsService {

    static final int MAX_LOGO_BYTES = 512 * 1024;
    static final Set<String> LOGO_TYPES = Set.of("image/png", "image/jpeg", "image/svg+xml");

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @jakarta.ejb.EJB
    TenantHostService hostService;

    public TenantSettings load() {
        TenantProfile p = profile();
        TenantSettings s = new TenantSettings();
        s.setVersion(p.getVersion());
        s.setOrganisation(p.getOrganisation());
        s.setUnit(p.getUnit());
        s.setStreet(p.getStreet());
        s.setPostcode(p.getPostcode());
        s.setCity(p.getCity());
        s.setEmail(p.getEmail());
        s.setPhone(p.getPhone());
        s.setWebsite(p.getWebsite());
        s.setPrimaryColour(p.getPrimaryColour());
        s.setAccentColour(p.getAccentColour());
        s.setImprintDe(p.getImprint().getDe());
        s.setImprintEn(p.getImprint().getEn());
        s.setPrivacyDe(p.getPrivacyNotice().getDe());
        s.setPrivacyEn(p.getPrivacyNotice().getEn());
        s.setConformance(p.getConformance());
        if (p.getKnownGaps() != null) {
            s.setKnownGapsDe(p.getKnownGaps().getDe());
            s.setKnownGapsEn(p.getKnownGaps().getEn());
        }
        s.setFeedbackEmail(p.getFeedbackEmail());
        s.setFeedbackPhone(p.getFeedbackPhone());
        s.setArbitrationDe(p.getArbitrationBody().getDe());
        s.setArbitrationEn(p.getArbitrationBody().getEn());
        s.setReviewedOn(p.getReviewedOn());
        s.setHosts(String.join("\n", hostService.hosts()));
        s.setCorsOrigins(String.join("\n", p.getCorsOrigins()));
        for (Funder f : em.createNamedQuery("Funder.all", Funder.class).getResultList()) {
            var fs = new TenantSettings.FunderSettings();
            fs.setKey(f.getKey());
            fs.setName(f.getName());
            fs.setLabelDe(f.getLabel().getDe());
            fs.setLabelEn(f.getLabel().getEn());
            fs.setNoticeDe(f.getNotice().getDe());
            fs.setNoticeEn(f.getNotice().getEn());
            fs.setReferenceNumber(f.getReferenceNumber());
            fs.setProofRetentionYears(f.getProofRetentionYears());
            fs.setVersion(f.getVersion());
            s.getFunders().add(fs);
        }
        return s;
    }

    /**
     * Saves the whole form or nothing.
     *
     * @throws ConcurrentEditException when the profile or a funder changed since it was read
     * @throws RejectedInputException when a colour fails the contrast the pages need
     */
    public void save(@NotNull @Valid TenantSettings s) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (ColourContrast.contrastAgainstWhite(s.getPrimaryColour()) < ColourContrast.AA_NORMAL_TEXT) {
            problems.put("primaryColour", "fachtag.colour.contrast");
        }
        List<String> origins = new ArrayList<>();
        for (String typed : TenantSettings.lines(s.getCorsOrigins())) {
            Optional<String> origin = HostNames.normalizeOrigin(typed);
            if (origin.isEmpty()) {
                problems.put("corsOrigins", "fachtag.cors.invalid");
                break;
            }
            if (!origins.contains(origin.get())) {
                origins.add(origin.get());
            }
        }
        List<String> hosts = hostService.check(TenantSettings.lines(s.getHosts()), problems);
        if (!problems.isEmpty()) {
            throw new RejectedInputException(problems);
        }
        TenantProfile p = profile();
        if (p.getVersion() != s.getVersion()) {
            throw new ConcurrentEditException();
        }
        p.changeAddress(
                trim(s.getOrganisation()),
                trim(s.getUnit()),
                trim(s.getStreet()),
                trim(s.getPostcode()),
                trim(s.getCity()));
        p.changeContact(trim(s.getEmail()), trim(s.getPhone()), trim(s.getWebsite()));
        p.changeBranding(s.getPrimaryColour(), s.getAccentColour());
        p.changeTexts(
                new LocalizedString(s.getImprintDe(), s.getImprintEn()),
                new LocalizedString(s.getPrivacyDe(), s.getPrivacyEn()));
        p.changeAccessibilityStatement(
                s.getConformance(),
                new LocalizedString(s.getKnownGapsDe(), s.getKnownGapsEn()),
                trim(s.getFeedbackEmail()),
                trim(s.getFeedbackPhone()),
                new LocalizedString(s.getArbitrationDe(), s.getArbitrationEn()),
                s.getReviewedOn());
        p.changeCorsOrigins(origins);
        hostService.store(hosts);
        for (var fs : s.getFunders()) {
            Funder f = em.createNamedQuery("Funder.byKey", Funder.class)
                    .setParameter("key", fs.getKey())
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(ConcurrentEditException::new);
            if (f.getVersion() != fs.getVersion()) {
                throw new ConcurrentEditException();
            }
            f.describe(
                    trim(fs.getName()),
                    new LocalizedString(fs.getLabelDe(), fs.getLabelEn()),
                    new LocalizedString(fs.getNoticeDe(), fs.getNoticeEn()),
                    f.getMinistryTenantId(),
                    f.getPosition());
            f.changeProofOfUse(trim(fs.getReferenceNumber()), fs.getProofRetentionYears());
        }
        em.flush();
    }

    /** Replaces the logo; PNG, JPEG or SVG up to 512 KB. */
    public void changeLogo(byte[] bytes, String contentType) {
        if (bytes == null || bytes.length == 0 || bytes.length > MAX_LOGO_BYTES) {
            throw new RejectedInputException(Map.of("logo", "fachtag.logo.size"));
        }
        if (!LOGO_TYPES.contains(contentType)) {
            throw new RejectedInputException(Map.of("logo", "fachtag.logo.type"));
        }
        if ("image/svg+xml".equals(contentType) && activeSvg(bytes)) {
            throw new RejectedInputException(Map.of("logo", "fachtag.logo.svgScript"));
        }
        profile().changeLogo(bytes, contentType);
    }

    /**
     * Whether an SVG carries anything that runs or loads: scripts, event handlers, javascript:
     * links, embedded HTML or external references. Such a logo is refused, not cleaned.
     */
    static boolean activeSvg(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT);
        return text.contains("<script")
                || text.contains("javascript:")
                || text.contains("<foreignobject")
                || text.contains("<!entity")
                || java.util.regex.Pattern.compile("\\son[a-z]+\\s*=")
                        .matcher(text)
                        .find()
                || java.util.regex.Pattern.compile("(href|src)\\s*=\\s*[\"']\\s*(https?:|//|data:text)")
                        .matcher(text)
                        .find();
    }

    private TenantProfile profile() {
        return em.createNamedQuery("TenantProfile.current", TenantProfile.class).getSingleResult();
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
