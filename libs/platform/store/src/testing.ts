// Test-only entry point (`@fhk/platform/store/testing`): the contract every store adapter's spec runs.
export { describeDocumentStoreContract, type StoreCapability, type ContractOptions as DocumentStoreContractOptions } from './lib/document-store.contract';
