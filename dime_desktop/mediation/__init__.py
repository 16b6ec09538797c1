"""The mediation desk (Meglingsbenken): a case from referral to a fulfilled
agreement. Plain Python (no Qt): ``model`` (the record), ``rules`` (the
suitability gate, stages, follow-up), ``checklist`` (the suitability checklist
as data), ``areas`` (mediation areas and the advice areas they come from),
``agreement`` (what the agreement document says). Stored by
``dime_desktop.storage.mediation`` (``vault.mediation``)."""
