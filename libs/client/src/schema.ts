// Generated from docs/openapi.json by `npm run docs:openapi`; do not edit.

export interface paths {
  '/api/v1/agencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List agencies
     * @description **Roles:** platform-admin, agreement-officer, program-officer, probation-officer, finance-officer, auditor, viewer.
     */
    get: operations['agencies_list'];
    put?: never;
    /**
     * Register an agency
     * @description **Roles:** platform-admin.
     */
    post: operations['agencies_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agencies/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an agency
     * @description **Roles:** platform-admin, agreement-officer, program-officer, probation-officer, finance-officer, auditor, viewer.
     */
    get: operations['agencies_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Rename an agency or change its time zone
     * @description **Roles:** platform-admin.
     */
    patch: operations['agencies_update'];
    trace?: never;
  };
  '/api/v1/agencies/{code}/sign-in-policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Whether the agency requires TOTP of everyone
     * @description **Roles:** platform-admin, agency-admin.
     */
    get: operations['users_policy'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Require TOTP of everyone in the agency, or not
     * @description **Roles:** platform-admin, agency-admin.
     */
    patch: operations['users_setPolicy'];
    trace?: never;
  };
  '/api/v1/agreements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List agreements (?status=&partyCode=)
     * @description **Roles:** platform-admin, agreement-officer, program-officer, probation-officer, finance-officer, auditor.
     */
    get: operations['agreements_list'];
    put?: never;
    /**
     * Draft an agreement
     * @description **Roles:** platform-admin, agreement-officer.
     */
    post: operations['agreements_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agreements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an agreement
     * @description **Roles:** platform-admin, agreement-officer, program-officer, probation-officer, finance-officer, auditor.
     */
    get: operations['agreements_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Edit a draft agreement
     * @description **Roles:** platform-admin, agreement-officer.
     */
    patch: operations['agreements_update'];
    trace?: never;
  };
  '/api/v1/agreements/{id}/amendments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Amend an active agreement
     * @description **Roles:** platform-admin, agreement-officer.
     */
    post: operations['agreements_amend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agreements/{id}/evaluations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List evaluations
     * @description **Roles:** platform-admin, agreement-officer, program-officer, probation-officer, finance-officer, auditor.
     */
    get: operations['evaluations_list'];
    put?: never;
    /**
     * Record a joint evaluation
     * @description **Roles:** platform-admin, agreement-officer.
     */
    post: operations['evaluations_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agreements/{id}/evaluations/{evaluationId}/report.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The joint evaluation report (Laporan Evaluasi Bersama) as a PDF
     * @description **Roles:** platform-admin, agreement-officer, program-officer, probation-officer, finance-officer, auditor.
     *
     *     Rendered by the gateway from the agreement, the evaluation and the parties as the agreements service shows them to the caller: title block, period, indicator table, achievement chart, findings and recommendations, and when it was generated in the agreement’s time zone. Answered as an attachment (`Content-Disposition: attachment; filename=laporan-evaluasi-<number>-<period>.pdf`).
     */
    get: operations['aggregates_evaluationReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agreements/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Versions and amendments
     * @description **Roles:** platform-admin, agreement-officer, program-officer, probation-officer, finance-officer, auditor.
     */
    get: operations['agreements_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agreements/{id}/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Everything about one agreement, from every service
     * @description **Roles:** platform-admin, agreement-officer, program-officer, probation-officer, finance-officer, auditor, viewer.
     */
    get: operations['aggregates_overview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agreements/{id}/signatures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign for a party
     * @description **Roles:** platform-admin, agreement-officer.
     */
    post: operations['agreements_sign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agreements/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit for signature
     * @description **Roles:** platform-admin, agreement-officer.
     */
    post: operations['agreements_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agreements/{id}/terminate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Terminate
     * @description **Roles:** platform-admin, agreement-officer.
     */
    post: operations['agreements_terminate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agreements/{id}/work-plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Draft a work plan
     * @description **Roles:** platform-admin, agreement-officer.
     */
    post: operations['workPlans_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agreements/{id}/work-plans/{fiscalYear}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Work plan with indicators
     * @description **Roles:** platform-admin, agreement-officer, program-officer, probation-officer, finance-officer, auditor, viewer.
     */
    get: operations['workPlans_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agreements/{id}/work-plans/{fiscalYear}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a work plan
     * @description **Roles:** platform-admin, agreement-officer.
     */
    post: operations['workPlans_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/allocations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List allocations (?budgetId=&agreementId=&status=&purpose=)
     * @description **Roles:** platform-admin, finance-officer, agreement-officer, auditor.
     */
    get: operations['allocations_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/allocations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an allocation
     * @description **Roles:** platform-admin, finance-officer, agreement-officer, auditor.
     */
    get: operations['allocations_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/allocations/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve an allocation
     * @description **Roles:** platform-admin, finance-officer.
     */
    post: operations['allocations_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/allocations/{id}/disbursements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a disbursement
     * @description **Roles:** platform-admin, finance-officer.
     */
    post: operations['disbursements_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/allocations/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject an allocation
     * @description **Roles:** platform-admin, finance-officer.
     */
    post: operations['allocations_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who did what: every write through the API, oldest first
     * @description **Roles:** platform-admin, auditor.
     */
    get: operations['audit_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Exchange client credentials for an access token (JSON, or the OAuth 2.0 client_credentials form with the credentials in the body or HTTP Basic)
     * @description No token or session needed.
     */
    post: operations['auth_token'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/budgets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List budgets (?agreementId=&fiscalYear=)
     * @description **Roles:** platform-admin, finance-officer, agreement-officer, auditor.
     */
    get: operations['budgets_list'];
    put?: never;
    /**
     * Open a budget
     * @description **Roles:** platform-admin, finance-officer.
     */
    post: operations['budgets_open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/budgets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a budget with balances
     * @description **Roles:** platform-admin, finance-officer, agreement-officer, auditor.
     */
    get: operations['budgets_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/budgets/{id}/ledger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Ledger entries, oldest first
     * @description **Roles:** platform-admin, finance-officer, agreement-officer, auditor.
     */
    get: operations['budgets_ledger'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/budgets/{id}/revisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Revise the ceiling
     * @description **Roles:** platform-admin, finance-officer.
     */
    post: operations['budgets_revise'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List API clients
     * @description **Roles:** platform-admin.
     */
    get: operations['auth_list'];
    put?: never;
    /**
     * Create an API client (the secret is shown once)
     * @description **Roles:** platform-admin.
     */
    post: operations['auth_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Disable an API client: no new tokens, existing ones refused within 5 s
     * @description **Roles:** platform-admin.
     */
    post: operations['auth_disable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{id}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rotate a client’s secret (shown once); tokens issued before are refused
     * @description **Roles:** platform-admin.
     */
    post: operations['auth_rotate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Overview figures of every agreement the caller may see, with totals
     * @description **Roles:** platform-admin, agreement-officer, program-officer, probation-officer, finance-officer, auditor, viewer.
     */
    get: operations['aggregates_dashboard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enrollments/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Complete an enrolment
     * @description **Roles:** platform-admin, program-officer.
     */
    post: operations['enrollments_complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enrollments/{id}/drop': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Drop an enrolment
     * @description **Roles:** platform-admin, program-officer.
     */
    post: operations['enrollments_drop'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enrollments/{id}/fail': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Fail an enrolment
     * @description **Roles:** platform-admin, program-officer.
     */
    post: operations['enrollments_fail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The caller: a person (with the session’s CSRF token) or an API client
     * @description **Roles:** platform-admin, agency-admin, agreement-officer, program-officer, probation-officer, finance-officer, auditor, viewer.
     */
    get: operations['me_whoAmI'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change one’s password; one’s other sessions end
     * @description **Roles:** platform-admin, agency-admin, agreement-officer, program-officer, probation-officer, finance-officer, auditor, viewer.
     */
    post: operations['me_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/totp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start TOTP enrolment: a secret and its otpauth:// URI
     * @description **Roles:** platform-admin, agency-admin, agreement-officer, program-officer, probation-officer, finance-officer, auditor, viewer.
     */
    post: operations['me_startTotp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/totp/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm TOTP with a code: returns ten recovery codes once
     * @description **Roles:** platform-admin, agency-admin, agreement-officer, program-officer, probation-officer, finance-officer, auditor, viewer.
     */
    post: operations['me_confirmTotp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/participants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List participants (?facilityCode=&status=&nik=masked)
     * @description **Roles:** platform-admin, program-officer, probation-officer, auditor.
     */
    get: operations['participants_list'];
    put?: never;
    /**
     * Register a participant
     * @description **Roles:** platform-admin, program-officer.
     */
    post: operations['participants_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/participants/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a participant (?nik=masked)
     * @description **Roles:** platform-admin, program-officer, probation-officer, auditor.
     */
    get: operations['participants_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/participants/{id}/access-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who read the participant’s personal data
     * @description **Roles:** platform-admin, auditor.
     */
    get: operations['participants_accessLog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/participants/{id}/nik-disclosures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Show the full NIK, with the reason recorded in the access log
     * @description **Roles:** platform-admin, program-officer, probation-officer.
     */
    post: operations['participants_discloseNik'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/participants/{id}/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a release
     * @description **Roles:** platform-admin, program-officer.
     */
    post: operations['releases_release'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List programs (?agreementId=&facilityCode=&status=)
     * @description **Roles:** platform-admin, program-officer, agreement-officer, finance-officer, auditor.
     */
    get: operations['programs_list'];
    put?: never;
    /**
     * Plan a program
     * @description **Roles:** platform-admin, program-officer.
     */
    post: operations['programs_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a program
     * @description **Roles:** platform-admin, program-officer, agreement-officer, finance-officer, auditor.
     */
    get: operations['programs_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programs/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a program
     * @description **Roles:** platform-admin, program-officer.
     */
    post: operations['programCancellation_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programs/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Complete a program
     * @description **Roles:** platform-admin, program-officer.
     */
    post: operations['programs_complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programs/{id}/enrollments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List enrolments
     * @description **Roles:** platform-admin, program-officer, agreement-officer, finance-officer, auditor.
     */
    get: operations['enrollments_list'];
    put?: never;
    /**
     * Enrol a participant
     * @description **Roles:** platform-admin, program-officer.
     */
    post: operations['enrollments_enroll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programs/{id}/request-funding': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Request funding
     * @description **Roles:** platform-admin, program-officer.
     */
    post: operations['programs_requestFunding'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programs/{id}/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a session
     * @description **Roles:** platform-admin, program-officer.
     */
    post: operations['enrollments_addSession'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programs/{id}/sessions/{sessionId}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a session’s attendance
     * @description **Roles:** platform-admin, program-officer, agreement-officer, finance-officer, auditor.
     */
    get: operations['enrollments_attendance'];
    put?: never;
    /**
     * Take attendance
     * @description **Roles:** platform-admin, program-officer.
     */
    post: operations['enrollments_recordAttendance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programs/{id}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a funded program
     * @description **Roles:** platform-admin, program-officer.
     */
    post: operations['programs_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reintegration/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List cases (?bapasCode=&status=&participantId=)
     * @description **Roles:** platform-admin, probation-officer, auditor.
     */
    get: operations['cases_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reintegration/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a case
     * @description **Roles:** platform-admin, probation-officer, auditor.
     */
    get: operations['cases_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reintegration/cases/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close a case
     * @description **Roles:** platform-admin, probation-officer.
     */
    post: operations['cases_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reintegration/cases/{id}/follow-ups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a follow-up
     * @description **Roles:** platform-admin, probation-officer.
     */
    post: operations['followUps_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reintegration/cases/{id}/grants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Request a start-up grant
     * @description **Roles:** platform-admin, probation-officer.
     */
    post: operations['grants_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reintegration/cases/{id}/pathways/{pathway}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update a pathway
     * @description **Roles:** platform-admin, probation-officer.
     */
    patch: operations['cases_updatePathway'];
    trace?: never;
  };
  '/api/v1/reintegration/cases/{id}/placements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a placement
     * @description **Roles:** platform-admin, probation-officer.
     */
    post: operations['placements_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reintegration/cases/{id}/reoffences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a reoffence
     * @description **Roles:** platform-admin, probation-officer.
     */
    post: operations['reoffences_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reintegration/metrics/agreement-summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Reintegration figures of an agreement (?agreementId=)
     * @description **Roles:** platform-admin, viewer, auditor, agreement-officer, probation-officer.
     */
    get: operations['metrics_agreementSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reintegration/metrics/employment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Employment within 6 months of release (?cohortYear=&agreementId=)
     * @description **Roles:** platform-admin, viewer, auditor, agreement-officer, probation-officer.
     */
    get: operations['metrics_employment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reintegration/metrics/recidivism': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Recidivism by release cohort (?cohortYear=&windowMonths=&agreementId=)
     * @description **Roles:** platform-admin, viewer, auditor, agreement-officer, probation-officer.
     */
    get: operations['metrics_recidivism'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The signed-in person’s live sessions
     * @description **Roles:** platform-admin, agency-admin, agreement-officer, program-officer, probation-officer, finance-officer, auditor, viewer.
     */
    get: operations['sessions_list'];
    put?: never;
    /**
     * Sign in: sets the session cookie and returns the CSRF token
     * @description No token or session needed.
     */
    post: operations['sessions_signIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * End a session: one’s own, or of a person one administers
     * @description **Roles:** platform-admin, agency-admin, agreement-officer, program-officer, probation-officer, finance-officer, auditor, viewer.
     */
    delete: operations['sessions_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sessions/current': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Sign out: ends this session and clears the cookie
     * @description **Roles:** platform-admin, agency-admin, agreement-officer, program-officer, probation-officer, finance-officer, auditor, viewer.
     */
    delete: operations['sessions_signOut'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Readiness and version of every service
     * @description **Roles:** platform-admin, agreement-officer, program-officer, probation-officer, finance-officer, auditor, viewer.
     */
    get: operations['aggregates_status'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List people
     * @description **Roles:** platform-admin, agency-admin.
     */
    get: operations['users_list'];
    put?: never;
    /**
     * Invite a person (a one-time code valid 24 h)
     * @description **Roles:** platform-admin, agency-admin.
     */
    post: operations['users_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a person
     * @description **Roles:** platform-admin, agency-admin.
     */
    get: operations['users_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a person’s name, NIP or roles
     * @description **Roles:** platform-admin, agency-admin.
     */
    patch: operations['users_update'];
    trace?: never;
  };
  '/api/v1/users/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Disable a person; their sessions end at once
     * @description **Roles:** platform-admin, agency-admin.
     */
    post: operations['users_disable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Enable a person again
     * @description **Roles:** platform-admin, agency-admin.
     */
    post: operations['users_enable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A new one-time code to set a password (optionally forget TOTP)
     * @description **Roles:** platform-admin, agency-admin.
     */
    post: operations['users_reset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A person’s live sessions
     * @description **Roles:** platform-admin, agency-admin.
     */
    get: operations['users_sessionsOf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set a password with an invitation or reset code
     * @description No token or session needed.
     */
    post: operations['users_redeem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List webhooks (?agencyCode=)
     * @description **Roles:** platform-admin, agency-admin.
     */
    get: operations['webhooks_list'];
    put?: never;
    /**
     * Subscribe a webhook
     * @description **Roles:** platform-admin, agency-admin.
     */
    post: operations['webhooks_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a webhook
     * @description **Roles:** platform-admin, agency-admin.
     */
    get: operations['webhooks_get'];
    put?: never;
    post?: never;
    /**
     * Delete a webhook
     * @description **Roles:** platform-admin, agency-admin.
     */
    delete: operations['webhooks_delete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Deliveries of a webhook (?status=)
     * @description **Roles:** platform-admin, agency-admin.
     */
    get: operations['webhooks_deliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Redeliver a delivery
     * @description **Roles:** platform-admin, agency-admin.
     */
    post: operations['webhooks_redeliver'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AccessLogEntryResponse: {
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      accessedAt: string;
      /** @description The signed-in officer who read the data (null for a system client) */
      accessedByUser: components['schemas']['PersonResponse'] | null;
      agencyCode: string;
      /** @description The API client, or `user:<id>` for a signed-in person */
      clientId: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      participantId: string;
      /** @description The reason the officer gave to see the full NIK (`POST /participants/{id}/nik-disclosures`); null for other reads */
      reason: string | null;
      /** @example GET /participants/:id */
      route: string;
    };
    AccessLogEntryResponsePage: {
      items: components['schemas']['AccessLogEntryResponse'][];
      /** @description Send as `cursor` to get the next page; `null` on the last page. */
      nextCursor: string | null;
    };
    ActivityDto: {
      description?: string;
      name: string;
    };
    ActivityResponse: {
      description?: string;
      name: string;
    };
    ActorResponse: {
      agencyCode: string | null;
      /** @description The API client, or `user:<id>` for a signed-in person */
      clientId: string;
      /**
       * Format: uuid
       * @description The signed-in person who acted (people only)
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      userId?: string;
      /** @description The name of the signed-in person who acted (people only) */
      userName?: string;
    };
    AgencyResponse: {
      /** @example PEMKAB-MUARO-JAMBI */
      code: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      /**
       * @example PEMKAB
       * @enum {string}
       */
      kind: 'PEMKAB' | 'KANWIL_PAS' | 'LAPAS' | 'RUTAN' | 'BAPAS' | 'DINAS' | 'PARTNER';
      /** @example Pemerintah Kabupaten Muaro Jambi */
      name: string;
      /**
       * @description BPS regency (or province) code
       * @example 1505
       */
      regionCode: string;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      registeredAt: string;
      /**
       * @description Whose local dates the agency keeps: WIB (Asia/Jakarta, the default), WITA or WIT
       * @example Asia/Jakarta
       * @enum {string}
       */
      timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      updatedAt: string;
    };
    AgencyResponsePage: {
      items: components['schemas']['AgencyResponse'][];
      /** @description Send as `cursor` to get the next page; `null` on the last page. */
      nextCursor: string | null;
    };
    AgreementChangesDto: {
      clauses?: components['schemas']['ClauseDto'][];
      /**
       * Format: date
       * @example 2027-01-15
       */
      endDate?: string;
      scopes?: (
        | 'PERSONALITY_DEVELOPMENT'
        | 'SKILLS_TRAINING'
        | 'ENTREPRENEURSHIP'
        | 'SOCIAL_REINTEGRATION'
        | 'LEGAL_SERVICES'
        | 'DATA_SHARING'
      )[];
      title?: string;
    };
    AgreementHistoryResponse: {
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      agreementId: string;
      amendments: components['schemas']['AmendmentResponse'][];
      /** @description Oldest first */
      events: components['schemas']['HistoryEventResponse'][];
      version: number;
      versions: components['schemas']['AgreementVersionResponse'][];
    };
    AgreementResponse: {
      clauses: components['schemas']['ClauseResponse'][];
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      createdAt: string;
      /**
       * Format: date
       * @example 2027-01-15
       */
      endDate: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      /**
       * @example MOU
       * @enum {string}
       */
      kind: 'MOU' | 'PKS';
      /** @example 100/PKS/MJ/2027 */
      number: string;
      /**
       * Format: uuid
       * @description The MOU a PKS implements
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      parentAgreementId: string | null;
      parties: components['schemas']['PartyResponse'][];
      /**
       * @example [
       *       "PERSONALITY_DEVELOPMENT"
       *     ]
       */
      scopes: (
        | 'PERSONALITY_DEVELOPMENT'
        | 'SKILLS_TRAINING'
        | 'ENTREPRENEURSHIP'
        | 'SOCIAL_REINTEGRATION'
        | 'LEGAL_SERVICES'
        | 'DATA_SHARING'
      )[];
      /**
       * Format: date
       * @example 2027-01-15
       */
      startDate: string;
      /**
       * @example DRAFT
       * @enum {string}
       */
      status: 'DRAFT' | 'PENDING_SIGNATURE' | 'SIGNED' | 'ACTIVE' | 'EXPIRED' | 'TERMINATED';
      terminationReason: string | null;
      title: string;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      updatedAt: string;
      /** @description Raised by each amendment */
      version: number;
    };
    AgreementResponsePage: {
      items: components['schemas']['AgreementResponse'][];
      /** @description Send as `cursor` to get the next page; `null` on the last page. */
      nextCursor: string | null;
    };
    AgreementSummaryResponse: {
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      agreementId: string | null;
      /**
       * @description The release year of the cohort the figures are about
       * @example 2027
       */
      cohortYear: number;
      employed: number | null;
      /** @description No reoffence yet and the 12-month window still open */
      inProgress: number | null;
      openCases: number | null;
      /**
       * @description 12-month recidivism, exactly the rate of GET /reintegration/metrics/recidivism
       * @example 0.12
       */
      recidivismRate12m: number | null;
      /** @description The cohort: people counted once, see docs/domain.md */
      released: number | null;
      reoffended: number | null;
      /** @description True when any count or rate is hidden (null) */
      suppressed: boolean;
      /**
       * @description Dotted paths of the hidden cells: counts from 1 to 5, cells that would reveal them, and rates built on them
       * @example [
       *       "reoffended",
       *       "rate"
       *     ]
       */
      suppressedCells: string[];
    };
    AgreementVersionResponse: {
      /**
       * Format: date
       * @example 2027-01-15
       */
      effectiveFrom: string;
      /** @description The terms in force from that version */
      terms: {
        [key: string]: unknown;
      };
      version: number;
    };
    AllocationResponse: {
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      agreementId: string;
      /**
       * @description Whole Rupiah
       * @example 150000000
       */
      amount: number;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      budgetId: string | null;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      caseId: string | null;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      decidedAt: string | null;
      /** @description The client that decided, `user:<id>` for a person, or `system` */
      decidedBy: string | null;
      /** @description The signed-in officer who decided (null for a system client or an automatic decision) */
      decidedByUser: components['schemas']['PersonResponse'] | null;
      /**
       * @description Whole Rupiah
       * @example 150000000
       */
      disbursed: number;
      /** @example 2027 */
      fiscalYear: number;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      grantId: string | null;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      programId: string | null;
      /**
       * @example PROGRAM
       * @enum {string}
       */
      purpose: 'PROGRAM' | 'REINTEGRATION_GRANT';
      rejectionReason: string | null;
      /**
       * @description Returned to the budget when the program ended
       * @example 150000000
       */
      releasedAmount: number | null;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      requestedAt: string;
      /**
       * Format: uuid
       * @description The event that requested the funding
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      requestEventId: string;
      /**
       * @example PENDING
       * @enum {string}
       */
      status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'RELEASED';
    };
    AllocationResponsePage: {
      items: components['schemas']['AllocationResponse'][];
      /** @description Send as `cursor` to get the next page; `null` on the last page. */
      nextCursor: string | null;
    };
    AmendAgreementDto: {
      changes: components['schemas']['AgreementChangesDto'];
      reason: string;
    };
    AmendmentResponse: {
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      amendedAt: string;
      amendedBy: components['schemas']['ActorResponse'];
      /** @description Old and new value of every changed field */
      changes: {
        [key: string]: unknown;
      } | null;
      reason: string | null;
      version: number;
    };
    ApproveAllocationDto: {
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      budgetId?: string;
    };
    AttendanceRecordDto: {
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      participantId: string;
      /**
       * @example PRESENT
       * @enum {string}
       */
      status: 'PRESENT' | 'EXCUSED' | 'ABSENT';
    };
    AttendanceRecordResponse: {
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      participantId: string;
      /** @description The client that recorded it last, or `user:<id>` for a signed-in person */
      recordedBy: string | null;
      /** @description The signed-in officer who recorded it last (null for a system client) */
      recordedByUser: components['schemas']['PersonResponse'] | null;
      /**
       * @example PRESENT
       * @enum {string}
       */
      status: 'PRESENT' | 'EXCUSED' | 'ABSENT';
    };
    AttendanceResponse: {
      /**
       * Format: date
       * @example 2027-01-15
       */
      date: string;
      records: components['schemas']['AttendanceRecordResponse'][];
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      sessionId: string;
    };
    AuditActorResponse: {
      /** @example PEMKAB-MUARO-JAMBI */
      agencyCode: string;
      /**
       * @description The API client, or `user:<id>` for a signed-in officer
       * @example user:019a…
       */
      clientId: string;
      /** @example Siti Rahma */
      name: string | null;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      userId: string | null;
    };
    AuditEntryResponse: {
      actor: components['schemas']['AuditActorResponse'];
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      at: string;
      correlationId: string | null;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      /** @example POST */
      method: string;
      /** @example /api/v1/agreements/019a…/sign */
      path: string;
      /** @example POST /api/v1/agreements/:id/sign */
      route: string;
      /** @example 200 */
      status: number;
    };
    AuditEntryResponsePage: {
      items: components['schemas']['AuditEntryResponse'][];
      /** @description Send as `cursor` to get the next page; `null` on the last page. */
      nextCursor: string | null;
    };
    BudgetFiguresResponse: {
      /** @description disbursed / ceiling; null while the ceiling is 0 */
      absorptionRate: number | null;
      /**
       * @description Whole Rupiah
       * @example 150000000
       */
      allocated: number;
      /**
       * @description Whole Rupiah
       * @example 150000000
       */
      available: number;
      /**
       * @description Whole Rupiah
       * @example 150000000
       */
      ceiling: number;
      /**
       * @description Whole Rupiah
       * @example 150000000
       */
      disbursed: number;
      /** @description More budgets than the overview reads */
      truncated: boolean;
    };
    BudgetResponse: {
      /**
       * @description disbursed / ceiling; null while the ceiling is 0
       * @example 0.35
       */
      absorptionRate: number | null;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      agreementId: string;
      /**
       * @description Whole Rupiah
       * @example 150000000
       */
      allocated: number;
      /**
       * @description Allocations up to this amount are approved automatically
       * @example 150000000
       */
      autoApproveLimit: number | null;
      /**
       * @description ceiling − allocated
       * @example 150000000
       */
      available: number;
      /**
       * @description Whole Rupiah
       * @example 150000000
       */
      ceiling: number;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      createdAt: string;
      /**
       * @description Whole Rupiah
       * @example 150000000
       */
      disbursed: number;
      /** @example 2027 */
      fiscalYear: number;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      /** @example PEMKAB-MUARO-JAMBI */
      ownerAgencyCode: string;
      /**
       * @example APBD
       * @enum {string}
       */
      source: 'APBD' | 'APBN' | 'HIBAH' | 'CSR';
    };
    BudgetResponsePage: {
      items: components['schemas']['BudgetResponse'][];
      /** @description Send as `cursor` to get the next page; `null` on the last page. */
      nextCursor: string | null;
    };
    CaseResponse: {
      /** @example BAPAS-JAMBI */
      bapasCode: string;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      closedAt: string | null;
      closeReason: string | null;
      domicileRegionCode: string | null;
      facilityCode: string;
      followUps: components['schemas']['FollowUpResponse'][];
      grants: components['schemas']['GrantResponse'][];
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      openedAt: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      participantId: string;
      pathways: components['schemas']['PathwayResponse'][];
      placements: components['schemas']['PlacementResponse'][];
      /**
       * Format: date
       * @example 2027-01-15
       */
      releaseDate: string;
      /**
       * @example FREE
       * @enum {string}
       */
      releaseType: 'FREE' | 'PAROLE' | 'CONDITIONAL_LEAVE' | 'PRE_RELEASE_LEAVE';
      reoffence: components['schemas']['ReoffenceResponse'] | null;
      /**
       * @example OPEN
       * @enum {string}
       */
      status: 'OPEN' | 'CLOSED_SUCCESS' | 'CLOSED_REOFFENDED' | 'CLOSED_OTHER';
      trainingHistory: components['schemas']['TrainingRecordResponse'][];
    };
    CaseResponsePage: {
      items: components['schemas']['CaseResponse'][];
      /** @description Send as `cursor` to get the next page; `null` on the last page. */
      nextCursor: string | null;
    };
    ChangePasswordRequest: {
      currentPassword: string;
      newPassword: string;
    };
    ClauseDto: {
      number: string;
      responsiblePartyCode: string;
      /**
       * @example PERSONALITY_DEVELOPMENT
       * @enum {string}
       */
      scope:
        | 'PERSONALITY_DEVELOPMENT'
        | 'SKILLS_TRAINING'
        | 'ENTREPRENEURSHIP'
        | 'SOCIAL_REINTEGRATION'
        | 'LEGAL_SERVICES'
        | 'DATA_SHARING';
      text: string;
    };
    ClauseResponse: {
      /** @example 3.1 */
      number: string;
      /** @example LAPAS-MUARO-JAMBI */
      responsiblePartyCode: string;
      /**
       * @example PERSONALITY_DEVELOPMENT
       * @enum {string}
       */
      scope:
        | 'PERSONALITY_DEVELOPMENT'
        | 'SKILLS_TRAINING'
        | 'ENTREPRENEURSHIP'
        | 'SOCIAL_REINTEGRATION'
        | 'LEGAL_SERVICES'
        | 'DATA_SHARING';
      text: string;
    };
    ClientList: {
      items: components['schemas']['ClientResponse'][];
    };
    ClientMeResponse: {
      /** @example PEMKAB-MUARO-JAMBI */
      agencyCode: string;
      clientId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'ClientMeResponse';
      roles: (
        | 'platform-admin'
        | 'agency-admin'
        | 'agreement-officer'
        | 'program-officer'
        | 'probation-officer'
        | 'finance-officer'
        | 'auditor'
        | 'viewer'
      )[];
    };
    ClientResponse: {
      /** @example PEMKAB-MUARO-JAMBI */
      agencyCode: string;
      /** @example pemkab-muaro-jambi-7kqf2mzd */
      clientId: string;
      /** Format: date-time */
      createdAt: string;
      createdBy: string | null;
      /** Format: date-time */
      disabledAt: string | null;
      disabledBy: string | null;
      name: string;
      roles: (
        | 'platform-admin'
        | 'agency-admin'
        | 'agreement-officer'
        | 'program-officer'
        | 'probation-officer'
        | 'finance-officer'
        | 'auditor'
        | 'viewer'
      )[];
      /** Format: date-time */
      secretRotatedAt: string | null;
    };
    CloseCaseDto: {
      /**
       * @example SUCCESS
       * @enum {string}
       */
      outcome: 'SUCCESS' | 'OTHER';
      reason: string;
    };
    CompleteEnrollmentDto: {
      score: number;
    };
    CreateAgreementDto: {
      clauses?: components['schemas']['ClauseDto'][];
      /**
       * Format: date
       * @example 2027-01-15
       */
      endDate: string;
      /**
       * @example MOU
       * @enum {string}
       */
      kind: 'MOU' | 'PKS';
      number: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      parentAgreementId?: string;
      partyCodes: string[];
      scopes: (
        | 'PERSONALITY_DEVELOPMENT'
        | 'SKILLS_TRAINING'
        | 'ENTREPRENEURSHIP'
        | 'SOCIAL_REINTEGRATION'
        | 'LEGAL_SERVICES'
        | 'DATA_SHARING'
      )[];
      /**
       * Format: date
       * @example 2027-01-15
       */
      startDate: string;
      title: string;
    };
    CreateBudgetDto: {
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      agreementId: string;
      autoApproveLimit?: number;
      ceiling: number;
      fiscalYear: number;
      ownerAgencyCode: string;
      /**
       * @example APBD
       * @enum {string}
       */
      source: 'APBD' | 'APBN' | 'HIBAH' | 'CSR';
    };
    CreateClientRequest: {
      agencyCode: string;
      name: string;
      roles: (
        | 'platform-admin'
        | 'agency-admin'
        | 'agreement-officer'
        | 'program-officer'
        | 'probation-officer'
        | 'finance-officer'
        | 'auditor'
        | 'viewer'
      )[];
    };
    CreatedClientResponse: {
      /** @example PEMKAB-MUARO-JAMBI */
      agencyCode: string;
      /** @example pemkab-muaro-jambi-7kqf2mzd */
      clientId: string;
      /** @description Shown once; store it now */
      clientSecret: string;
      roles: (
        | 'platform-admin'
        | 'agency-admin'
        | 'agreement-officer'
        | 'program-officer'
        | 'probation-officer'
        | 'finance-officer'
        | 'auditor'
        | 'viewer'
      )[];
    };
    CreatedWebhookResponse: {
      /** @example PEMKAB-MUARO-JAMBI */
      agencyCode: string;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      createdAt: string;
      /**
       * @description The client or person that created it
       * @example user:01939d5e-…
       */
      createdBy: string;
      description: string | null;
      /**
       * @example [
       *       "agreement.activated"
       *     ]
       */
      eventTypes: (
        | 'agreement.activated'
        | 'agreement.amended'
        | 'agreement.drafted'
        | 'agreement.expired'
        | 'agreement.expiring'
        | 'agreement.signed'
        | 'agreement.submitted'
        | 'agreement.terminated'
        | 'allocation.approved'
        | 'allocation.rejected'
        | 'allocation.released'
        | 'allocation.requested'
        | 'budget.opened'
        | 'budget.revised'
        | 'case.closed'
        | 'case.opened'
        | 'disbursement.recorded'
        | 'enrollment.completed'
        | 'enrollment.created'
        | 'enrollment.dropped'
        | 'enrollment.failed'
        | 'evaluation.recorded'
        | 'followup.recorded'
        | 'grant.funded'
        | 'grant.rejected'
        | 'grant.requested'
        | 'participant.registered'
        | 'participant.released'
        | 'pathway.updated'
        | 'placement.recorded'
        | 'program.cancelled'
        | 'program.completed'
        | 'program.created'
        | 'program.funded'
        | 'program.funding-rejected'
        | 'program.funding-requested'
        | 'program.started'
        | 'recidivism.cohorts-revised'
        | 'reoffence.recorded'
        | 'workplan.approved'
      )[];
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      /**
       * @description The signing secret (`whsec_` + base64), shown this once: keep it to verify `webhook-signature` (Standard Webhooks)
       * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwHa0Dk0o1gmU=
       */
      secret: string;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      updatedAt: string;
      /** @example https://sistem.muarojambikab.go.id/sinergi/webhooks */
      url: string;
    };
    CreateProgramDto: {
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      agreementId: string;
      budgetRequested: number;
      capacity: number;
      category: string;
      /**
       * Format: date
       * @example 2027-01-15
       */
      endDate: string;
      facilityCode: string;
      plannedSessions: number;
      providerAgencyCode?: string;
      /**
       * Format: date
       * @example 2027-01-15
       */
      startDate: string;
      title: string;
      /**
       * @example KEPRIBADIAN
       * @enum {string}
       */
      track: 'KEPRIBADIAN' | 'KEMANDIRIAN';
    };
    CreateSessionDto: {
      /**
       * Format: date
       * @example 2027-01-15
       */
      date: string;
      topic: string;
    };
    CreateUserRequest: {
      agencyCode: string;
      /** Format: email */
      email: string;
      name: string;
      /** @example 198507142010011003 */
      nip?: string;
      roles: (
        | 'platform-admin'
        | 'agency-admin'
        | 'agreement-officer'
        | 'program-officer'
        | 'probation-officer'
        | 'finance-officer'
        | 'auditor'
        | 'viewer'
      )[];
    };
    CreateWebhookDto: {
      /**
       * @description The agency whose events the webhook receives; only a platform-admin may name another than its own
       * @example PEMKAB-MUARO-JAMBI
       */
      agencyCode?: string;
      /** @example Agreement reminders for the legal office */
      description?: string;
      /**
       * @example [
       *       "agreement.expiring",
       *       "agreement.signed"
       *     ]
       */
      eventTypes: (
        | 'agreement.activated'
        | 'agreement.amended'
        | 'agreement.drafted'
        | 'agreement.expired'
        | 'agreement.expiring'
        | 'agreement.signed'
        | 'agreement.submitted'
        | 'agreement.terminated'
        | 'allocation.approved'
        | 'allocation.rejected'
        | 'allocation.released'
        | 'allocation.requested'
        | 'budget.opened'
        | 'budget.revised'
        | 'case.closed'
        | 'case.opened'
        | 'disbursement.recorded'
        | 'enrollment.completed'
        | 'enrollment.created'
        | 'enrollment.dropped'
        | 'enrollment.failed'
        | 'evaluation.recorded'
        | 'followup.recorded'
        | 'grant.funded'
        | 'grant.rejected'
        | 'grant.requested'
        | 'participant.registered'
        | 'participant.released'
        | 'pathway.updated'
        | 'placement.recorded'
        | 'program.cancelled'
        | 'program.completed'
        | 'program.created'
        | 'program.funded'
        | 'program.funding-rejected'
        | 'program.funding-requested'
        | 'program.started'
        | 'recidivism.cohorts-revised'
        | 'reoffence.recorded'
        | 'workplan.approved'
      )[];
      /** @example https://sistem.muarojambikab.go.id/sinergi/webhooks */
      url: string;
    };
    CreateWorkPlanDto: {
      activities?: components['schemas']['ActivityDto'][];
      fiscalYear: number;
      targets: components['schemas']['TargetDto'][];
    };
    DashboardAgreementResponse: {
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      agreementId: string;
      /** @description null when degraded */
      budget: components['schemas']['BudgetFiguresResponse'] | null;
      /** @description Services that did not answer in time or failed; their parts are null */
      degraded: ('agreements' | 'rehabilitation' | 'reintegration' | 'budgeting')[];
      number: string;
      /** @description null when degraded */
      programs: components['schemas']['ProgramFiguresResponse'] | null;
      /** @description null when degraded */
      reintegration: components['schemas']['ReintegrationFiguresResponse'] | null;
      status: string;
      title: string;
      /** @description The fiscal year’s work plan, when there is one */
      workPlan: components['schemas']['WorkPlanWithIndicatorsResponse'] | null;
    };
    DashboardErrorResponse: {
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      agreementId: string;
      detail: string;
      status: number;
    };
    DashboardResponse: {
      agreements: components['schemas']['DashboardAgreementResponse'][];
      degraded: string[];
      /** @description Overviews that could not be built */
      errors: components['schemas']['DashboardErrorResponse'][];
      /** @example 2027 */
      fiscalYear: number;
      totals: components['schemas']['DashboardTotalsResponse'];
      /** @description More agreements than the dashboard reads (5,000): totals cover the listed ones */
      truncated: boolean;
    };
    DashboardTotalsResponse: {
      agreements: number;
      /**
       * @description Whole Rupiah
       * @example 150000000
       */
      allocated: number;
      /**
       * @description Whole Rupiah
       * @example 150000000
       */
      ceiling: number;
      completed: number;
      /**
       * @description Whole Rupiah
       * @example 150000000
       */
      disbursed: number;
      enrolled: number;
      openCases: number;
      programs: number;
      reoffended: number;
    };
    DeliveryResponse: {
      /** @example 1 */
      attempts: number;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      deliveredAt: string | null;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      eventId: string;
      /**
       * @example agreement.activated
       * @enum {string}
       */
      eventType:
        | 'agreement.activated'
        | 'agreement.amended'
        | 'agreement.drafted'
        | 'agreement.expired'
        | 'agreement.expiring'
        | 'agreement.signed'
        | 'agreement.submitted'
        | 'agreement.terminated'
        | 'allocation.approved'
        | 'allocation.rejected'
        | 'allocation.released'
        | 'allocation.requested'
        | 'budget.opened'
        | 'budget.revised'
        | 'case.closed'
        | 'case.opened'
        | 'disbursement.recorded'
        | 'enrollment.completed'
        | 'enrollment.created'
        | 'enrollment.dropped'
        | 'enrollment.failed'
        | 'evaluation.recorded'
        | 'followup.recorded'
        | 'grant.funded'
        | 'grant.rejected'
        | 'grant.requested'
        | 'participant.registered'
        | 'participant.released'
        | 'pathway.updated'
        | 'placement.recorded'
        | 'program.cancelled'
        | 'program.completed'
        | 'program.created'
        | 'program.funded'
        | 'program.funding-rejected'
        | 'program.funding-requested'
        | 'program.started'
        | 'recidivism.cohorts-revised'
        | 'reoffence.recorded'
        | 'workplan.approved';
      /**
       * Format: date-time
       * @description A delivery still not accepted then is marked FAILED
       * @example 2027-01-15T03:00:00.000Z
       */
      giveUpAt: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      lastAttemptAt: string | null;
      /** @example the receiver answered 503 */
      lastError: string | null;
      /**
       * @description The receiver's last HTTP status
       * @example 200
       */
      lastStatusCode: number | null;
      /**
       * @description The `webhook-id` header: the same on every attempt and redelivery
       * @example msg_01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      messageId: string;
      /**
       * Format: date-time
       * @description When the next attempt is due (PENDING only)
       * @example 2027-01-15T03:00:00.000Z
       */
      nextAttemptAt: string | null;
      /**
       * Format: uuid
       * @description The delivery this one redelivers
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      redeliveryOf: string | null;
      /**
       * @example PENDING
       * @enum {string}
       */
      status: 'PENDING' | 'SUCCEEDED' | 'FAILED';
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      updatedAt: string;
      /**
       * Format: uuid
       * @description The webhook
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      webhookId: string;
    };
    DeliveryResponsePage: {
      items: components['schemas']['DeliveryResponse'][];
      /** @description Send as `cursor` to get the next page; `null` on the last page. */
      nextCursor: string | null;
    };
    DisbursementResponse: {
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      allocationId: string;
      /**
       * @description Whole Rupiah
       * @example 150000000
       */
      amount: number;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      budgetId: string;
      /**
       * Format: date
       * @example 2027-01-15
       */
      date: string;
      description: string;
      /**
       * @description Disbursed against the allocation so far, this one included
       * @example 150000000
       */
      disbursedTotal: number;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      recordedAt: string;
      /** @example SP2D-0042/2027 */
      reference: string;
      /**
       * @description What is left of the allocation
       * @example 150000000
       */
      remaining: number;
    };
    EmploymentResponse: {
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      agreementId: string | null;
      cohortSize: number | null;
      /** @example 2027 */
      cohortYear: number;
      /** @description With a job or business within 6 months of release */
      employed: number | null;
      /**
       * @description employed / cohortSize; null for an empty cohort
       * @example 0.12
       */
      rate: number | null;
      /** @description True when any count or rate is hidden (null) */
      suppressed: boolean;
      /**
       * @description Dotted paths of the hidden cells: counts from 1 to 5, cells that would reveal them, and rates built on them
       * @example [
       *       "reoffended",
       *       "rate"
       *     ]
       */
      suppressedCells: string[];
    };
    EnrollDto: {
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      participantId: string;
    };
    EnrollmentResponse: {
      /** @description Set on completion */
      certificateNumber: string | null;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      endedAt: string | null;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      enrolledAt: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      participantId: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      programId: string;
      /** @description Why it was dropped or failed */
      reason: string | null;
      score: number | null;
      /**
       * @example ENROLLED
       * @enum {string}
       */
      status: 'ENROLLED' | 'COMPLETED' | 'DROPPED' | 'FAILED';
    };
    EnrollmentResponsePage: {
      items: components['schemas']['EnrollmentResponse'][];
      /** @description Send as `cursor` to get the next page; `null` on the last page. */
      nextCursor: string | null;
    };
    EvaluationResponse: {
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      agreementId: string;
      findings: string;
      /** @example 2027 */
      fiscalYear: number;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      /** @description Frozen when recorded: later events never change it */
      indicators: components['schemas']['IndicatorReadingResponse'][];
      /** @example 2027-S1 */
      period: string;
      recommendations: string;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      recordedAt: string;
      /** @description Client id of the recording officer */
      recordedBy: string;
    };
    EvaluationResponsePage: {
      items: components['schemas']['EvaluationResponse'][];
      /** @description Send as `cursor` to get the next page; `null` on the last page. */
      nextCursor: string | null;
    };
    FailEnrollmentDto: {
      reason?: string;
    };
    FollowUpResponse: {
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      caseId: string;
      /**
       * Format: date
       * @example 2027-01-15
       */
      date: string;
      /** @example EMPLOYED */
      employmentStatus: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      /**
       * @example HOME_VISIT
       * @enum {string}
       */
      kind: 'HOME_VISIT' | 'OFFICE_VISIT' | 'PHONE';
      notes: string;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      recordedAt: string;
    };
    GatewayStatusResponse: {
      ready: boolean;
      version: string;
    };
    GrantResponse: {
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      agreementId: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      allocationId: string | null;
      /**
       * @description Whole Rupiah
       * @example 150000000
       */
      amount: number;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      caseId: string;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      decidedAt: string | null;
      /**
       * @description Paid out so far by budgeting against the grant’s allocation
       * @example 150000000
       */
      disbursed: number;
      /** @example 2027 */
      fiscalYear: number;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      /**
       * Format: date
       * @description The date of the latest disbursement
       * @example 2027-01-15
       */
      lastDisbursedOn: string | null;
      purpose: string;
      rejectionReason: string | null;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      requestedAt: string;
      /**
       * @example PENDING
       * @enum {string}
       */
      status: 'PENDING' | 'FUNDED' | 'REJECTED';
    };
    HistoryEventResponse: {
      /**
       * @example DRAFTED
       * @enum {string}
       */
      action:
        'DRAFTED' | 'UPDATED' | 'SUBMITTED' | 'SIGNED' | 'ACTIVATED' | 'AMENDED' | 'TERMINATED' | 'EXPIRED';
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      at: string;
      by: components['schemas']['ActorResponse'];
      changes: {
        [key: string]: unknown;
      } | null;
      reason: string | null;
      version: number;
    };
    IndicatorReadingResponse: {
      /** @description null while there is no data yet */
      actual: number | null;
      /**
       * @example PARTICIPANTS_ENROLLED
       * @enum {string}
       */
      indicator:
        | 'PARTICIPANTS_ENROLLED'
        | 'PARTICIPANTS_COMPLETED'
        | 'COMPLETION_RATE'
        | 'EMPLOYMENT_RATE_6M'
        | 'RECIDIVISM_RATE_12M'
        | 'BUDGET_ABSORPTION';
      /**
       * @example ON_TRACK
       * @enum {string}
       */
      status: 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK';
      /**
       * @description Rates are shares from 0 to 1
       * @example 40
       */
      target: number;
    };
    IndicatorTargetResponse: {
      /**
       * @example PARTICIPANTS_ENROLLED
       * @enum {string}
       */
      indicator:
        | 'PARTICIPANTS_ENROLLED'
        | 'PARTICIPANTS_COMPLETED'
        | 'COMPLETION_RATE'
        | 'EMPLOYMENT_RATE_6M'
        | 'RECIDIVISM_RATE_12M'
        | 'BUDGET_ABSORPTION';
      /**
       * @description Rates are shares from 0 to 1
       * @example 40
       */
      target: number;
    };
    InvitedUserResponse: {
      invitation: components['schemas']['IssuedCodeResponse'];
      user: components['schemas']['UserResponse'];
    };
    IssuedCodeResponse: {
      /** @description The one-time code, when no mail server is configured */
      code?: string;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      expiresAt: string;
      /**
       * @example INVITATION
       * @enum {string}
       */
      purpose: 'INVITATION' | 'RESET';
      /** @description Where the code was mailed (SMTP_URL set) */
      sentTo?: string;
    };
    LedgerEntryResponse: {
      allocatedChange: number;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      allocationId: string | null;
      /**
       * @description Money allocated, released or disbursed, or the new ceiling
       * @example 150000000
       */
      amount: number;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      budgetId: string;
      /** @description The event or request (correlation id) that caused it */
      causedBy: string | null;
      ceilingChange: number;
      disbursedChange: number;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      disbursementId: string | null;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      /**
       * @example CEILING_SET
       * @enum {string}
       */
      kind: 'CEILING_SET' | 'CEILING_REVISED' | 'ALLOCATED' | 'RELEASED' | 'DISBURSED';
      reason: string | null;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      recordedAt: string;
      /** @description The client that acted, or `system` for automatic decisions */
      recordedBy: string;
      /** @description The signed-in officer who acted (null for a system client or automatic work) */
      recordedByUser: components['schemas']['PersonResponse'] | null;
    };
    LedgerEntryResponsePage: {
      items: components['schemas']['LedgerEntryResponse'][];
      /** @description Send as `cursor` to get the next page; `null` on the last page. */
      nextCursor: string | null;
    };
    LiveSessionResponse: {
      address: string | null;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      createdAt: string;
      /** @description The session of this request */
      current: boolean;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      expiresAt: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      lastSeenAt: string;
      userAgent: string | null;
    };
    LiveSessionsResponse: {
      /** @description Newest first */
      items: components['schemas']['LiveSessionResponse'][];
    };
    NikDisclosureDto: {
      reason: string;
    };
    NikDisclosureResponse: {
      /**
       * @description The full NIK
       * @example 1505014107900003
       */
      nik: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      participantId: string;
    };
    OverviewResponse: {
      /** @description The agreement */
      agreement: components['schemas']['AgreementResponse'];
      /** @description null when degraded */
      budget: components['schemas']['BudgetFiguresResponse'] | null;
      /** @description Services that did not answer in time or failed; their parts are null */
      degraded: ('agreements' | 'rehabilitation' | 'reintegration' | 'budgeting')[];
      /** @description null when degraded */
      programs: components['schemas']['ProgramFiguresResponse'] | null;
      /** @description null when degraded */
      reintegration: components['schemas']['ReintegrationFiguresResponse'] | null;
      /** @description The fiscal year’s work plan, when there is one */
      workPlan: components['schemas']['WorkPlanWithIndicatorsResponse'] | null;
    };
    ParticipantResponse: {
      bapasCode: string | null;
      /**
       * Format: date
       * @description null when masked (and with `nik=masked`)
       * @example 2027-01-15
       */
      birthDate: string | null;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      createdAt: string;
      domicileRegionCode: string | null;
      /**
       * Format: date
       * @example 2027-01-15
       */
      expectedReleaseDate: string | null;
      /** @example LAPAS-MUARO-JAMBI */
      facilityCode: string;
      /** @description Initials only when masked */
      fullName: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      /**
       * @description Masked (`1505********0003`) unless the caller may see it and did not ask `nik=masked`
       * @example 1505014107900003
       */
      nik: string;
      /** @description True when nik is masked and birthDate withheld: for callers who may not see them, and on request (`nik=masked`) */
      nikMasked: boolean;
      /** @description True when nik, fullName and birthDate are masked for this caller */
      personalDataMasked: boolean;
      /** @example AI.2025.0117 */
      registrationNumber: string;
      /**
       * Format: date
       * @example 2027-01-15
       */
      releaseDate: string | null;
      /**
       * @example FREE
       * @enum {string|null}
       */
      releaseType: 'FREE' | 'PAROLE' | 'CONDITIONAL_LEAVE' | 'PRE_RELEASE_LEAVE' | null;
      /**
       * @example M
       * @enum {string}
       */
      sex: 'M' | 'F';
      /**
       * @example INCARCERATED
       * @enum {string}
       */
      status: 'INCARCERATED' | 'RELEASED';
    };
    ParticipantResponsePage: {
      items: components['schemas']['ParticipantResponse'][];
      /** @description Send as `cursor` to get the next page; `null` on the last page. */
      nextCursor: string | null;
    };
    PartyResponse: {
      /** @example PEMKAB-MUARO-JAMBI */
      code: string;
      signatoryName: string | null;
      signatoryTitle: string | null;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      signedAt: string | null;
      /** @description The signed-in officer who signed for the party (null when a system client signed) */
      signedByUser: components['schemas']['PersonResponse'] | null;
    };
    PasswordChangedResponse: {
      changed: boolean;
    };
    PasswordSetResponse: {
      /** Format: email */
      email: string;
      /** @description When the person must use TOTP: enrol it, then sign in with a code from it */
      totpEnrolment?: components['schemas']['TotpEnrolmentResponse'];
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      userId: string;
    };
    PathwayResponse: {
      notes: string | null;
      /**
       * @example EMPLOYMENT
       * @enum {string}
       */
      pathway:
        | 'EMPLOYMENT'
        | 'ENTREPRENEURSHIP'
        | 'IDENTITY_DOCUMENTS'
        | 'HOUSING'
        | 'FAMILY_COMMUNITY'
        | 'HEALTH'
        | 'FINANCE';
      /**
       * @example NOT_STARTED
       * @enum {string}
       */
      status: 'NOT_STARTED' | 'IN_PROGRESS' | 'SUPPORT_REQUIRED' | 'DONE' | 'DECLINED';
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      updatedAt: string;
    };
    PersonMeResponse: {
      /** @example LAPAS-MUARO-JAMBI */
      agencyCode: string;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      createdAt: string;
      /** @description The session’s CSRF token (after a page reload) */
      csrfToken?: string;
      /**
       * Format: email
       * @example siti.rahma@lapas-muarojambi.go.id
       */
      email: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'PersonMeResponse';
      /** @example Siti Rahma */
      name: string;
      /** @example 198507142010012003 */
      nip: string | null;
      roles: (
        | 'platform-admin'
        | 'agency-admin'
        | 'agreement-officer'
        | 'program-officer'
        | 'probation-officer'
        | 'finance-officer'
        | 'auditor'
        | 'viewer'
      )[];
      /**
       * Format: uuid
       * @description The session of this request
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      sessionId?: string;
      /**
       * @example INVITED
       * @enum {string}
       */
      status: 'INVITED' | 'ACTIVE' | 'DISABLED';
      totpEnabled: boolean;
    };
    PersonResponse: {
      /**
       * Format: uuid
       * @description The signed-in person (their client id is `user:<userId>`)
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      userId: string;
      /** @example Siti Aminah */
      userName: string;
    };
    PlacementResponse: {
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      caseId: string;
      /**
       * @example FULL_TIME
       * @enum {string|null}
       */
      employmentType: 'FULL_TIME' | 'PART_TIME' | 'INFORMAL' | null;
      /**
       * Format: date
       * @example 2027-01-15
       */
      endDate: string | null;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      /**
       * @example EMPLOYMENT
       * @enum {string}
       */
      kind: 'EMPLOYMENT' | 'BUSINESS';
      organisationName: string;
      position: string | null;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      recordedAt: string;
      sector: string | null;
      /**
       * Format: date
       * @example 2027-01-15
       */
      startDate: string;
    };
    /** @description RFC 9457 problem details; branch on `code`, never on `detail`. */
    Problem: {
      /**
       * @description Stable machine-readable code from the error catalogue (docs/errors.md)
       * @example budget.insufficient-funds
       * @enum {string}
       */
      code:
        | 'request.invalid-input'
        | 'request.malformed'
        | 'request.invalid-path'
        | 'request.method-not-allowed'
        | 'request.too-large'
        | 'request.headers-too-large'
        | 'request.timeout'
        | 'request.not-acceptable'
        | 'request.unsupported-media-type'
        | 'request.rejected'
        | 'request.rate-limited'
        | 'resource.not-found'
        | 'resource.conflict'
        | 'auth.unauthenticated'
        | 'auth.totp-required'
        | 'auth.totp-enrolment-required'
        | 'auth.csrf-token-invalid'
        | 'auth.code-invalid'
        | 'auth.person-required'
        | 'auth.forbidden'
        | 'user.email-taken'
        | 'user.invalid-state'
        | 'user.totp-invalid-state'
        | 'auth.client-id-collision'
        | 'idempotency.key-reused'
        | 'idempotency.in-progress'
        | 'idempotency.response-not-kept'
        | 'idempotency.retry'
        | 'service.unavailable'
        | 'service.timeout'
        | 'internal.error'
        | 'agency.already-registered'
        | 'agreement.invalid-state'
        | 'agreement.already-signed'
        | 'agreement.parent-not-active'
        | 'work-plan.already-exists'
        | 'work-plan.invalid-state'
        | 'evaluation.no-work-plan'
        | 'evaluation.already-recorded'
        | 'program.invalid-state'
        | 'program.agreement-not-usable'
        | 'participant.already-registered'
        | 'participant.invalid-state'
        | 'participant.other-facility'
        | 'enrollment.capacity-full'
        | 'enrollment.already-enrolled'
        | 'enrollment.invalid-state'
        | 'enrollment.attendance-too-low'
        | 'agency.unknown'
        | 'agency.wrong-kind'
        | 'case.closed'
        | 'budget.owner-not-party'
        | 'budget.unknown-agreement'
        | 'budget.already-exists'
        | 'budget.ceiling-below-allocated'
        | 'budget.insufficient-funds'
        | 'budget.not-applicable'
        | 'allocation.invalid-state'
        | 'allocation.not-fundable'
        | 'disbursement.exceeds-allocation'
        | 'disbursement.duplicate-reference'
        | 'webhook.url-not-allowed'
        | 'webhook.delivery-pending';
      /** @description Also in the `x-correlation-id` header */
      correlationId?: string;
      /** @example not enough available: 1000000 available, 5000000 requested */
      detail: string;
      /** @description Every invalid field (400 `request.invalid-input`) */
      errors?: {
        /** @example endDate */
        field: string;
        /** @example endDate must be a date YYYY-MM-DD */
        message: string;
      }[];
      /**
       * @description The request path
       * @example /api/v1/allocations/0193…/approve
       */
      instance?: string;
      /** @example 409 */
      status: number;
      /** @example Insufficient funds */
      title: string;
      /**
       * Format: uri
       * @description The code’s entry in docs/errors.md
       * @example https://sinergi.example/docs/errors.md#budget.insufficient-funds
       */
      type: string;
    };
    ProgramFiguresResponse: {
      /**
       * @description Programs per status
       * @example {
       *       "IN_PROGRESS": 2,
       *       "COMPLETED": 1
       *     }
       */
      byStatus: {
        [key: string]: number;
      };
      completed: number;
      /** @description Enrolments (people) */
      enrolled: number;
      total: number;
      /** @description Always false: every program of the agreement is counted (kept for compatibility) */
      truncated: boolean;
    };
    ProgramResponse: {
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      agreementId: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      allocationId: string | null;
      /**
       * @description Whole Rupiah
       * @example 150000000
       */
      budgetRequested: number;
      cancellationReason: string | null;
      capacity: number;
      /** @example Pertukangan kayu */
      category: string;
      completedCount: number;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      createdAt: string;
      /**
       * Format: date
       * @example 2027-01-15
       */
      endDate: string;
      /** @description Enrolments (people) currently or ever enrolled */
      enrolledCount: number;
      /** @example LAPAS-MUARO-JAMBI */
      facilityCode: string;
      /**
       * @example NOT_REQUESTED
       * @enum {string}
       */
      fundingStatus: 'NOT_REQUESTED' | 'PENDING' | 'APPROVED' | 'REJECTED';
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      plannedSessions: number;
      providerAgencyCode: string | null;
      rejectionReason: string | null;
      /**
       * Format: date
       * @example 2027-01-15
       */
      startDate: string;
      /**
       * @example DRAFT
       * @enum {string}
       */
      status: 'DRAFT' | 'AWAITING_FUNDING' | 'FUNDED' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED';
      title: string;
      /**
       * @example KEPRIBADIAN
       * @enum {string}
       */
      track: 'KEPRIBADIAN' | 'KEMANDIRIAN';
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      updatedAt: string;
    };
    ProgramResponsePage: {
      items: components['schemas']['ProgramResponse'][];
      /** @description Send as `cursor` to get the next page; `null` on the last page. */
      nextCursor: string | null;
    };
    ProgramSessionResponse: {
      /**
       * Format: date
       * @example 2027-01-15
       */
      date: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      programId: string;
      topic: string;
    };
    ReasonDto: {
      reason: string;
    };
    RecidivismByCompletionResponse: {
      completed: components['schemas']['RecidivismFiguresResponse'];
      notCompleted: components['schemas']['RecidivismFiguresResponse'];
    };
    RecidivismFiguresResponse: {
      cohortSize: number | null;
      /** @description No reoffence yet and the window still open */
      inProgress: number | null;
      /**
       * @description reoffended / (cohortSize − inProgress); null while nobody’s outcome is known
       * @example 0.12
       */
      rate: number | null;
      reoffended: number | null;
    };
    RecidivismResponse: {
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      agreementId: string | null;
      /** @description Split by completion of a KEMANDIRIAN program before release */
      byKemandirianCompletion: components['schemas']['RecidivismByCompletionResponse'];
      cohortSize: number | null;
      /** @example 2027 */
      cohortYear: number;
      /** @description No reoffence yet and the window still open */
      inProgress: number | null;
      /**
       * @description reoffended / (cohortSize − inProgress); null while nobody’s outcome is known
       * @example 0.12
       */
      rate: number | null;
      reoffended: number | null;
      suppressed: boolean;
      suppressedCells: string[];
      /** @enum {integer} */
      windowMonths: 12 | 24 | 36;
    };
    RecordAttendanceDto: {
      records: components['schemas']['AttendanceRecordDto'][];
    };
    RecordDisbursementDto: {
      amount: number;
      /**
       * Format: date
       * @example 2027-01-15
       */
      date: string;
      description: string;
      reference: string;
    };
    RecordEvaluationDto: {
      findings: string;
      period: string;
      recommendations: string;
    };
    RecordFollowUpDto: {
      /**
       * Format: date
       * @example 2027-01-15
       */
      date: string;
      employmentStatus: string;
      /**
       * @example HOME_VISIT
       * @enum {string}
       */
      kind: 'HOME_VISIT' | 'OFFICE_VISIT' | 'PHONE';
      notes: string;
    };
    RecordPlacementDto: {
      /**
       * @example FULL_TIME
       * @enum {string}
       */
      employmentType?: 'FULL_TIME' | 'PART_TIME' | 'INFORMAL';
      /**
       * Format: date
       * @example 2027-01-15
       */
      endDate?: string;
      /**
       * @example EMPLOYMENT
       * @enum {string}
       */
      kind: 'EMPLOYMENT' | 'BUSINESS';
      organisationName: string;
      position?: string;
      sector?: string;
      /**
       * Format: date
       * @example 2027-01-15
       */
      startDate: string;
    };
    RecordReoffenceDto: {
      /**
       * Format: date
       * @example 2027-01-15
       */
      date: string;
      /**
       * @example NEW_CONVICTION
       * @enum {string}
       */
      kind: 'NEW_CONVICTION' | 'PAROLE_REVOKED';
      notes?: string;
    };
    RecoveryCodesResponse: {
      /** @description Ten single-use codes, shown once */
      recoveryCodes: string[];
    };
    RedeemCodeRequest: {
      code: string;
      password: string;
    };
    RegisterAgencyDto: {
      code: string;
      /**
       * @example PEMKAB
       * @enum {string}
       */
      kind: 'PEMKAB' | 'KANWIL_PAS' | 'LAPAS' | 'RUTAN' | 'BAPAS' | 'DINAS' | 'PARTNER';
      name: string;
      regionCode: string;
      /**
       * @example Asia/Jakarta
       * @enum {string}
       */
      timeZone?: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
    };
    RegisterParticipantDto: {
      /**
       * Format: date
       * @example 2027-01-15
       */
      birthDate: string;
      /**
       * Format: date
       * @example 2027-01-15
       */
      expectedReleaseDate?: string;
      facilityCode: string;
      fullName: string;
      nik: string;
      registrationNumber: string;
      /**
       * @example M
       * @enum {string}
       */
      sex: 'M' | 'F';
    };
    ReintegrationFiguresResponse: {
      /** @example 2027 */
      cohortYear: number;
      employed: number;
      inProgress: number;
      openCases: number;
      /** @description 12-month recidivism rate of the cohort, exactly reintegration’s */
      recidivismRate12m: number | null;
      released: number;
      reoffended: number;
    };
    RejectAllocationDto: {
      reason: string;
    };
    ReleaseDto: {
      bapasCode: string;
      domicileRegionCode?: string;
      /**
       * Format: date
       * @example 2027-01-15
       */
      releaseDate: string;
      /**
       * @example FREE
       * @enum {string}
       */
      releaseType: 'FREE' | 'PAROLE' | 'CONDITIONAL_LEAVE' | 'PRE_RELEASE_LEAVE';
    };
    ReoffenceResponse: {
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      caseId: string;
      /**
       * Format: date
       * @example 2027-01-15
       */
      date: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      /**
       * @example NEW_CONVICTION
       * @enum {string}
       */
      kind: 'NEW_CONVICTION' | 'PAROLE_REVOKED';
      notes: string | null;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      recordedAt: string;
    };
    RequestGrantDto: {
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      agreementId: string;
      amount: number;
      purpose: string;
    };
    ResetUserRequest: {
      resetTotp?: boolean;
    };
    ResetUserResponse: {
      code: components['schemas']['IssuedCodeResponse'];
      user: components['schemas']['UserResponse'];
    };
    ReviseBudgetDto: {
      newCeiling: number;
      reason: string;
    };
    RotatedSecretResponse: {
      /** @example pemkab-muaro-jambi-7kqf2mzd */
      clientId: string;
      /** @description Shown once; store it now */
      clientSecret: string;
    };
    ServiceStatusResponse: {
      /** @description Failed readiness checks */
      failed: string[];
      /** @example agreements */
      name: string;
      ready: boolean;
      version: string | null;
    };
    SessionResponse: {
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      expiresAt: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      /**
       * @description The session ends after this many seconds without a request
       * @example 1800
       */
      idleTimeoutSeconds: number;
    };
    SignAgreementDto: {
      partyCode: string;
      signatoryName: string;
      signatoryTitle: string;
    };
    SignedInResponse: {
      /** @description Send as `x-csrf-token` on POST, PATCH, PUT and DELETE */
      csrfToken: string;
      /** @description Ten single-use recovery codes, shown once when TOTP was just turned on */
      recoveryCodes?: string[];
      session: components['schemas']['SessionResponse'];
      user: components['schemas']['UserResponse'];
    };
    SignInPolicyRequest: {
      totpRequired: boolean;
    };
    SignInPolicyResponse: {
      /** @example LAPAS-MUARO-JAMBI */
      agencyCode: string;
      peopleWithoutTotp: number;
      totpRequired: boolean;
    };
    SignInRequest: {
      /** Format: email */
      email: string;
      password: string;
      recoveryCode?: string;
      totp?: string;
    };
    StatusResponse: {
      degraded: string[];
      gateway: components['schemas']['GatewayStatusResponse'];
      services: components['schemas']['ServiceStatusResponse'][];
    };
    TargetDto: {
      /**
       * @example PARTICIPANTS_ENROLLED
       * @enum {string}
       */
      indicator:
        | 'PARTICIPANTS_ENROLLED'
        | 'PARTICIPANTS_COMPLETED'
        | 'COMPLETION_RATE'
        | 'EMPLOYMENT_RATE_6M'
        | 'RECIDIVISM_RATE_12M'
        | 'BUDGET_ABSORPTION';
      target: number;
    };
    TerminateAgreementDto: {
      reason: string;
    };
    TokenRequest: {
      clientId: string;
      clientSecret: string;
    };
    TokenResponse: {
      /** @description Send as `Authorization: Bearer <accessToken>` */
      accessToken: string;
      /**
       * @description Seconds until the token expires
       * @example 900
       */
      expiresIn: number;
      /**
       * @example Bearer
       * @enum {string}
       */
      tokenType: 'Bearer';
    };
    TotpCodeRequest: {
      totp: string;
    };
    TotpEnrolmentResponse: {
      /** @example otpauth://totp/Sinergi:siti.rahma%40example.go.id?secret=… */
      otpauthUri: string;
      /** @description Base32 secret for the authenticator app */
      secret: string;
    };
    TrainingRecordResponse: {
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      agreementId: string;
      category: string;
      certificateNumber: string;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      completedAt: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      enrollmentId: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      programId: string;
      score: number;
      /**
       * @example KEPRIBADIAN
       * @enum {string}
       */
      track: 'KEPRIBADIAN' | 'KEMANDIRIAN';
    };
    UpdateAgencyDto: {
      name?: string;
      /**
       * @example Asia/Jakarta
       * @enum {string}
       */
      timeZone?: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
    };
    UpdateAgreementDto: {
      clauses?: components['schemas']['ClauseDto'][];
      /**
       * Format: date
       * @example 2027-01-15
       */
      endDate?: string;
      /**
       * @example MOU
       * @enum {string}
       */
      kind?: 'MOU' | 'PKS';
      number?: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      parentAgreementId?: string;
      partyCodes?: string[];
      scopes?: (
        | 'PERSONALITY_DEVELOPMENT'
        | 'SKILLS_TRAINING'
        | 'ENTREPRENEURSHIP'
        | 'SOCIAL_REINTEGRATION'
        | 'LEGAL_SERVICES'
        | 'DATA_SHARING'
      )[];
      /**
       * Format: date
       * @example 2027-01-15
       */
      startDate?: string;
      title?: string;
    };
    UpdatePathwayDto: {
      notes?: string;
      /**
       * @example NOT_STARTED
       * @enum {string}
       */
      status: 'NOT_STARTED' | 'IN_PROGRESS' | 'SUPPORT_REQUIRED' | 'DONE' | 'DECLINED';
    };
    UpdateUserRequest: {
      name?: string;
      /** @example 198507142010011003 */
      nip?: string;
      roles?: (
        | 'platform-admin'
        | 'agency-admin'
        | 'agreement-officer'
        | 'program-officer'
        | 'probation-officer'
        | 'finance-officer'
        | 'auditor'
        | 'viewer'
      )[];
    };
    UserResponse: {
      /** @example LAPAS-MUARO-JAMBI */
      agencyCode: string;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      createdAt: string;
      /**
       * Format: email
       * @example siti.rahma@lapas-muarojambi.go.id
       */
      email: string;
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      /** @example Siti Rahma */
      name: string;
      /** @example 198507142010012003 */
      nip: string | null;
      roles: (
        | 'platform-admin'
        | 'agency-admin'
        | 'agreement-officer'
        | 'program-officer'
        | 'probation-officer'
        | 'finance-officer'
        | 'auditor'
        | 'viewer'
      )[];
      /**
       * @example INVITED
       * @enum {string}
       */
      status: 'INVITED' | 'ACTIVE' | 'DISABLED';
      totpEnabled: boolean;
    };
    UserResponsePage: {
      items: components['schemas']['UserResponse'][];
      /** @description Send as `cursor` to get the next page; `null` on the last page. */
      nextCursor: string | null;
    };
    WebhookResponse: {
      /** @example PEMKAB-MUARO-JAMBI */
      agencyCode: string;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      createdAt: string;
      /**
       * @description The client or person that created it
       * @example user:01939d5e-…
       */
      createdBy: string;
      description: string | null;
      /**
       * @example [
       *       "agreement.activated"
       *     ]
       */
      eventTypes: (
        | 'agreement.activated'
        | 'agreement.amended'
        | 'agreement.drafted'
        | 'agreement.expired'
        | 'agreement.expiring'
        | 'agreement.signed'
        | 'agreement.submitted'
        | 'agreement.terminated'
        | 'allocation.approved'
        | 'allocation.rejected'
        | 'allocation.released'
        | 'allocation.requested'
        | 'budget.opened'
        | 'budget.revised'
        | 'case.closed'
        | 'case.opened'
        | 'disbursement.recorded'
        | 'enrollment.completed'
        | 'enrollment.created'
        | 'enrollment.dropped'
        | 'enrollment.failed'
        | 'evaluation.recorded'
        | 'followup.recorded'
        | 'grant.funded'
        | 'grant.rejected'
        | 'grant.requested'
        | 'participant.registered'
        | 'participant.released'
        | 'pathway.updated'
        | 'placement.recorded'
        | 'program.cancelled'
        | 'program.completed'
        | 'program.created'
        | 'program.funded'
        | 'program.funding-rejected'
        | 'program.funding-requested'
        | 'program.started'
        | 'recidivism.cohorts-revised'
        | 'reoffence.recorded'
        | 'workplan.approved'
      )[];
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      id: string;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      updatedAt: string;
      /** @example https://sistem.muarojambikab.go.id/sinergi/webhooks */
      url: string;
    };
    WebhookResponsePage: {
      items: components['schemas']['WebhookResponse'][];
      /** @description Send as `cursor` to get the next page; `null` on the last page. */
      nextCursor: string | null;
    };
    WorkPlanResponse: {
      activities: components['schemas']['ActivityResponse'][];
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      agreementId: string;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      approvedAt: string | null;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      createdAt: string;
      /** @example 2027 */
      fiscalYear: number;
      /**
       * @example DRAFT
       * @enum {string}
       */
      status: 'DRAFT' | 'APPROVED';
      targets: components['schemas']['IndicatorTargetResponse'][];
    };
    WorkPlanWithIndicatorsResponse: {
      activities: components['schemas']['ActivityResponse'][];
      /**
       * Format: uuid
       * @example 01939d5e-7a4c-7b3e-9f1a-2c4d5e6f7a8b
       */
      agreementId: string;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      approvedAt: string | null;
      /**
       * Format: date-time
       * @example 2027-01-15T03:00:00.000Z
       */
      createdAt: string;
      /** @example 2027 */
      fiscalYear: number;
      indicators: components['schemas']['IndicatorReadingResponse'][];
      /**
       * @example DRAFT
       * @enum {string}
       */
      status: 'DRAFT' | 'APPROVED';
      targets: components['schemas']['IndicatorTargetResponse'][];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  agencies_list: {
    parameters: {
      query?: {
        cursor?: string;
        kind?: 'PEMKAB' | 'KANWIL_PAS' | 'LAPAS' | 'RUTAN' | 'BAPAS' | 'DINAS' | 'PARTNER';
        limit?: number;
        /** @description Only items created or changed at or after this instant (ISO-8601). Pass the start time of the previous sync; apply items by id (one may come twice). */
        updatedSince?: string;
      };
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgencyResponsePage'];
          'text/csv': string;
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  agencies_register: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterAgencyDto'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgencyResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  agencies_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgencyResponse'];
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  agencies_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAgencyDto'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgencyResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  users_policy: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignInPolicyResponse'];
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  users_setPolicy: {
    parameters: {
      query?: never;
      header?: {
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignInPolicyRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignInPolicyResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  agreements_list: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        partyCode?: string;
        status?: 'DRAFT' | 'PENDING_SIGNATURE' | 'SIGNED' | 'ACTIVE' | 'EXPIRED' | 'TERMINATED';
        /** @description Only items created or changed at or after this instant (ISO-8601). Pass the start time of the previous sync; apply items by id (one may come twice). */
        updatedSince?: string;
      };
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgreementResponsePage'];
          'text/csv': string;
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  agreements_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAgreementDto'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgreementResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  agreements_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgreementResponse'];
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  agreements_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAgreementDto'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgreementResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  agreements_amend: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AmendAgreementDto'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgreementResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  evaluations_list: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        /** @description Only items created or changed at or after this instant (ISO-8601). Pass the start time of the previous sync; apply items by id (one may come twice). */
        updatedSince?: string;
      };
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvaluationResponsePage'];
          'text/csv': string;
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  evaluations_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordEvaluationDto'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvaluationResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  aggregates_evaluationReport: {
    parameters: {
      query?: never;
      header?: {
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        evaluationId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report (PDF 1.3, A4) */
      200: {
        headers: {
          /** @description `attachment; filename="laporan-evaluasi-<number>-<period>.pdf"` */
          'content-disposition'?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  agreements_history: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgreementHistoryResponse'];
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  aggregates_overview: {
    parameters: {
      query?: {
        fiscalYear?: number;
      };
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OverviewResponse'];
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  agreements_sign: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignAgreementDto'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgreementResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  agreements_submit: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgreementResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  agreements_terminate: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TerminateAgreementDto'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgreementResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  workPlans_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWorkPlanDto'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkPlanResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  workPlans_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        fiscalYear: number;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkPlanWithIndicatorsResponse'];
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  workPlans_approve: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        fiscalYear: number;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkPlanResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  allocations_list: {
    parameters: {
      query?: {
        agreementId?: string;
        budgetId?: string;
        cursor?: string;
        limit?: number;
        purpose?: 'PROGRAM' | 'REINTEGRATION_GRANT';
        status?: 'PENDING' | 'APPROVED' | 'REJECTED' | 'RELEASED';
        /** @description Only items created or changed at or after this instant (ISO-8601). Pass the start time of the previous sync; apply items by id (one may come twice). */
        updatedSince?: string;
      };
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AllocationResponsePage'];
          'text/csv': string;
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  allocations_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AllocationResponse'];
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  allocations_approve: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApproveAllocationDto'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AllocationResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  disbursements_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordDisbursementDto'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisbursementResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  allocations_reject: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectAllocationDto'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AllocationResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  audit_list: {
    parameters: {
      query?: {
        actor?: string;
        agency?: string;
        cursor?: string;
        from?: string;
        limit?: number;
        to?: string;
        /** @description Only items created or changed at or after this instant (ISO-8601). Pass the start time of the previous sync; apply items by id (one may come twice). */
        updatedSince?: string;
      };
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntryResponsePage'];
          'text/csv': string;
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  auth_token: {
    parameters: {
      query?: never;
      header?: {
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TokenRequest'];
        'application/x-www-form-urlencoded': components['schemas']['TokenRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  budgets_list: {
    parameters: {
      query?: {
        agreementId?: string;
        cursor?: string;
        fiscalYear?: number;
        limit?: number;
        /** @description Only items created or changed at or after this instant (ISO-8601). Pass the start time of the previous sync; apply items by id (one may come twice). */
        updatedSince?: string;
      };
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BudgetResponsePage'];
          'text/csv': string;
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  budgets_open: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateBudgetDto'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BudgetResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  budgets_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BudgetResponse'];
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  budgets_ledger: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        /** @description Only items created or changed at or after this instant (ISO-8601). Pass the start time of the previous sync; apply items by id (one may come twice). */
        updatedSince?: string;
      };
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LedgerEntryResponsePage'];
          'text/csv': string;
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  budgets_revise: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviseBudgetDto'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BudgetResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  auth_list: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientList'];
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  auth_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateClientRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedClientResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  auth_disable: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  auth_rotate: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RotatedSecretResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  aggregates_dashboard: {
    parameters: {
      query?: {
        fiscalYear?: number;
      };
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DashboardResponse'];
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  enrollments_complete: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompleteEnrollmentDto'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EnrollmentResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  enrollments_drop: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EnrollmentResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  enrollments_fail: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FailEnrollmentDto'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EnrollmentResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  me_whoAmI: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json':
            components['schemas']['PersonMeResponse'] | components['schemas']['ClientMeResponse'];
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  me_changePassword: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PasswordChangedResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  me_startTotp: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TotpEnrolmentResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  me_confirmTotp: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TotpCodeRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecoveryCodesResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  participants_list: {
    parameters: {
      query?: {
        cursor?: string;
        facilityCode?: string;
        limit?: number;
        /** @description `masked`: the NIK masked and the birth date withheld even for a caller who may see them; the read is then not recorded in the access log */
        nik?: 'masked';
        status?: 'INCARCERATED' | 'RELEASED';
        /** @description Only items created or changed at or after this instant (ISO-8601). Pass the start time of the previous sync; apply items by id (one may come twice). */
        updatedSince?: string;
      };
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipantResponsePage'];
          'text/csv': string;
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  participants_register: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterParticipantDto'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipantResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  participants_get: {
    parameters: {
      query?: {
        /** @description `masked`: the NIK masked and the birth date withheld even for a caller who may see them; the read is then not recorded in the access log */
        nik?: 'masked';
      };
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipantResponse'];
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  participants_accessLog: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        /** @description Only items created or changed at or after this instant (ISO-8601). Pass the start time of the previous sync; apply items by id (one may come twice). */
        updatedSince?: string;
      };
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccessLogEntryResponsePage'];
          'text/csv': string;
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  participants_discloseNik: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NikDisclosureDto'];
      };
    };
    responses: {
      /** @description The full NIK; the disclosure is recorded with its reason in the access log */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NikDisclosureResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  releases_release: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReleaseDto'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipantResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  programs_list: {
    parameters: {
      query?: {
        agreementId?: string;
        cursor?: string;
        facilityCode?: string;
        limit?: number;
        status?: 'DRAFT' | 'AWAITING_FUNDING' | 'FUNDED' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED';
        /** @description Only items created or changed at or after this instant (ISO-8601). Pass the start time of the previous sync; apply items by id (one may come twice). */
        updatedSince?: string;
      };
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgramResponsePage'];
          'text/csv': string;
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  programs_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProgramDto'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgramResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  programs_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgramResponse'];
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  programCancellation_cancel: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgramResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  programs_complete: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgramResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  enrollments_list: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        /** @description Only items created or changed at or after this instant (ISO-8601). Pass the start time of the previous sync; apply items by id (one may come twice). */
        updatedSince?: string;
      };
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EnrollmentResponsePage'];
          'text/csv': string;
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  enrollments_enroll: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EnrollDto'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EnrollmentResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  programs_requestFunding: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgramResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  enrollments_addSession: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSessionDto'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgramSessionResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  enrollments_attendance: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
        sessionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttendanceResponse'];
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  enrollments_recordAttendance: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
        sessionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordAttendanceDto'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttendanceResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  programs_start: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgramResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cases_list: {
    parameters: {
      query?: {
        bapasCode?: string;
        cursor?: string;
        limit?: number;
        participantId?: string;
        status?: 'OPEN' | 'CLOSED_SUCCESS' | 'CLOSED_REOFFENDED' | 'CLOSED_OTHER';
        /** @description Only items created or changed at or after this instant (ISO-8601). Pass the start time of the previous sync; apply items by id (one may come twice). */
        updatedSince?: string;
      };
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseResponsePage'];
          'text/csv': string;
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cases_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseResponse'];
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cases_close: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseCaseDto'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  followUps_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordFollowUpDto'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowUpResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  grants_request: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestGrantDto'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GrantResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cases_updatePathway: {
    parameters: {
      query?: never;
      header?: {
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
        pathway: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePathwayDto'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PathwayResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  placements_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordPlacementDto'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlacementResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  reoffences_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordReoffenceDto'];
      };
    };
    responses: {
      /** @description The case, now CLOSED_REOFFENDED */
      201: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  metrics_agreementSummary: {
    parameters: {
      query: {
        agreementId?: string;
        cohortYear: number;
      };
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgreementSummaryResponse'];
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  metrics_employment: {
    parameters: {
      query: {
        agreementId?: string;
        cohortYear: number;
      };
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmploymentResponse'];
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  metrics_recidivism: {
    parameters: {
      query: {
        agreementId?: string;
        cohortYear: number;
        windowMonths?: 12 | 24 | 36;
      };
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecidivismResponse'];
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  sessions_list: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LiveSessionsResponse'];
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  sessions_signIn: {
    parameters: {
      query?: never;
      header?: {
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignInRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignedInResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  sessions_revoke: {
    parameters: {
      query?: never;
      header?: {
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Ended */
      204: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  sessions_signOut: {
    parameters: {
      query?: never;
      header?: {
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out */
      204: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  aggregates_status: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatusResponse'];
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  users_list: {
    parameters: {
      query?: {
        agencyCode?: string;
        cursor?: string;
        limit?: number;
        status?: 'INVITED' | 'ACTIVE' | 'DISABLED';
        /** @description Only items created or changed at or after this instant (ISO-8601). Pass the start time of the previous sync; apply items by id (one may come twice). */
        updatedSince?: string;
      };
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponsePage'];
          'text/csv': string;
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  users_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserRequest'];
      };
    };
    responses: {
      /** @description Success */
      201: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitedUserResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  users_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  users_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  users_disable: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  users_enable: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  users_reset: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResetUserRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResetUserResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  users_sessionsOf: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LiveSessionsResponse'];
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  users_redeem: {
    parameters: {
      query?: never;
      header?: {
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RedeemCodeRequest'];
      };
    };
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PasswordSetResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  webhooks_list: {
    parameters: {
      query?: {
        agencyCode?: string;
        cursor?: string;
        limit?: number;
        /** @description Only items created or changed at or after this instant (ISO-8601). Pass the start time of the previous sync; apply items by id (one may come twice). */
        updatedSince?: string;
      };
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookResponsePage'];
          'text/csv': string;
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  webhooks_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWebhookDto'];
      };
    };
    responses: {
      /** @description The webhook, with its signing secret shown once */
      201: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedWebhookResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body over 1 MiB. `code`: `request.too-large`. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON. `code`: `request.unsupported-media-type`. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  webhooks_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookResponse'];
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  webhooks_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted; its pending deliveries are not sent */
      204: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  webhooks_deliveries: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        status?: 'PENDING' | 'SUCCEEDED' | 'FAILED';
        /** @description Only items created or changed at or after this instant (ISO-8601). Pass the start time of the previous sync; apply items by id (one may come twice). */
        updatedSince?: string;
      };
      header?: {
        /** @description The `ETag` of an earlier answer: 304 without a body while it is still current */
        'If-None-Match'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success */
      200: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryResponsePage'];
          'text/csv': string;
        };
      };
      /** @description Not modified: the `If-None-Match` tag is still current */
      304: {
        headers: {
          /** @description Tag of this representation, for `If-None-Match` */
          etag?: string;
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The answer cannot be given as the `Accept` header asks. `code`: `request.not-acceptable`. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  webhooks_redeliver: {
    parameters: {
      query?: never;
      header?: {
        /** @description A repeat with the same key and body returns the first answer and changes nothing */
        'Idempotency-Key'?: string;
        /** @description Echoed in the answer; generated when absent */
        'x-correlation-id'?: string;
      };
      path: {
        deliveryId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The new delivery, due now */
      202: {
        headers: {
          /** @description The request’s correlation id */
          'x-correlation-id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryResponse'];
        };
      };
      /** @description Invalid input: `errors` lists every invalid field. `code`: `request.invalid-input`, `request.malformed`, `request.invalid-path`, `webhook.url-not-allowed`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session. `code`: `auth.unauthenticated`, `auth.totp-required`, `auth.code-invalid`. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles or agency may not do this. `code`: `auth.totp-enrolment-required`, `auth.csrf-token-invalid`, `auth.person-required`, `auth.forbidden`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown id, or outside the caller’s scope (both answer alike). `code`: `resource.not-found`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the resource’s current state. `code`: `resource.conflict`, `user.email-taken`, `user.invalid-state`, `user.totp-invalid-state`, `auth.client-id-collision`, `idempotency.key-reused`, `idempotency.in-progress`, `idempotency.response-not-kept`, `idempotency.retry`, `agency.already-registered`, `agreement.invalid-state`, `agreement.already-signed`, `agreement.parent-not-active`, `work-plan.already-exists`, `work-plan.invalid-state`, `evaluation.no-work-plan`, `evaluation.already-recorded`, `program.invalid-state`, `program.agreement-not-usable`, `participant.already-registered`, `participant.invalid-state`, `participant.other-facility`, `enrollment.capacity-full`, `enrollment.already-enrolled`, `enrollment.invalid-state`, `enrollment.attendance-too-low`, `agency.unknown`, `agency.wrong-kind`, `case.closed`, `budget.owner-not-party`, `budget.unknown-agreement`, `budget.already-exists`, `budget.ceiling-below-allocated`, `budget.insufficient-funds`, `budget.not-applicable`, `allocation.invalid-state`, `allocation.not-fundable`, `disbursement.exceeds-allocation`, `disbursement.duplicate-reference`, `webhook.delivery-pending`. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited; wait for `Retry-After` seconds. `code`: `request.rate-limited`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway is not available. `code`: `service.unavailable`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A service behind the gateway did not answer in time. `code`: `service.timeout`. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
