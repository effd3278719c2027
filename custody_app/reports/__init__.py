"""The documents, as PDF bytes (reportlab; free of Qt): the s38(6) detention certificate
(`certificate`), the record summary (`summary`), the scrutiny report and its CSV
(`scrutiny`), the handover sheet and the downtime pack (`shift`).

Used by the command line and by the application's print preview. Each is imported from
its own module, where it is used: reportlab is loaded only when a document is made.
"""
