export * from './destroyed-addresses';
