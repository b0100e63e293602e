package kg.actionplan.tracker.web;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Words every page in its reader's language ({@link PageContext#locale()}), so that a page resource just returns its
 * template. Only a template made while a page is being answered is touched: the alert mail, which a scheduled job
 * renders in a template of each recipient's language, and anything made for the API keep their own.
 */
@Singleton
class PageLanguage implements TemplateInstance.Initializer {

    private final PageContext page;
    private final CurrentVertxRequest http;

    PageLanguage(PageContext page, CurrentVertxRequest http) {
        this.page = page;
        this.http = http;
    }

    /** Qute does not take an initializer from a bean by itself: it is added to the engine as that is built. */
    void addTo(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance template) {
        if (isPageRequest()) {
            template.setLocale(page.locale());
        }
    }

    /** A scheduled job has a request context too, but no HTTP request, and so no page. */
    private boolean isPageRequest() {
        if (!Arc.container().requestContext().isActive()) {
            return false;
        }
        RoutingContext request = http.getCurrent();
        return request != null && !PageResponses.isApi(request.normalizedPath());
    }
}
